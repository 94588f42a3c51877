/** Reference targets → official URLs and tooltip texts. Pure: no DOM, no network. */
export { OFFICIAL_HOSTS, isOfficialUrl, isAllowedHref } from './hosts';
export { urlForMatch } from './url';
export { motionSearchWords } from './search';
export { describeMatch } from './describe';

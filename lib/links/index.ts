/** Reference targets → official URLs and tooltip texts. Pure: no DOM, no network. */
export { OFFICIAL_HOSTS, isOfficialUrl, isInPageAnchor, isAllowedHref } from './hosts';
export { urlForMatch, publicationUrl, ecliUrl, tweedeKamerUrl, type LinkOptions } from './url';
export {
  dossierUrl,
  dateSearchUrl,
  motionSearchUrl,
  motionSearchWords,
  SITE_ORIGIN,
} from './search';
export { describeMatch, type DescribeContext } from './describe';
export { formatTarget, formatDossier } from './format';

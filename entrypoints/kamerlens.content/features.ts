import type { Feature } from './feature';
import { copyButtons } from './features/copy';
import { keyboard } from './features/keyboard';
import { questionPage } from './features/question-page';
import { references } from './features/references';
import { sideBySide } from './features/side-by-side';
import { motionPreview } from './features/motion-preview';

/**
 * Features in the order they run; switching one off undoes it and every feature after it, which
 * then run again (later features may build on earlier ones, like copy buttons on the grid).
 */
export const FEATURES: Feature[] = [
  references,
  sideBySide,
  questionPage,
  motionPreview,
  copyButtons,
  keyboard,
];

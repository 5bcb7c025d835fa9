import { baseStyles } from './ui/styles/base.js';
import { layoutStyles } from './ui/styles/layout.js';
import { textStyles } from './ui/styles/text.js';
import { controlsStyles } from './ui/styles/controls.js';
import { filterPanelStyles } from './ui/styles/filter-panel.js';
import { statusStyles } from './ui/styles/status.js';
import { quickExitStyles } from './ui/styles/quick-exit.js';
import { modesStyles } from './ui/styles/modes.js';
import { phoneStyles } from './ui/styles/phone.js';
import { placeStyles } from './ui/styles/place.js';

/** The element's styles, split by part under src/ui/styles/ (theming rules: see base.ts). */
// In cascade order: later files may override earlier ones.
export const styles = [baseStyles, layoutStyles, textStyles, controlsStyles, filterPanelStyles, statusStyles, placeStyles, quickExitStyles, phoneStyles, modesStyles];

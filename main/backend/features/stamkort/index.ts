/** The public face of the stamkort: other features import only this. */
export { stamkortHandlers } from './handlers';
export { loadStamkort, reviewDaysSetting } from './load';
export { reviewStatus } from './rules';
export { fillStamkortDemo } from './demo';

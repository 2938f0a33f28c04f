/** The public face of the transition handover (issue 15): other features import only this. */
export { transitionHandlers } from './handlers';
export { HANDOVER_FROM_MONTHS } from './facts';

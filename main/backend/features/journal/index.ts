/** The public face of the journal (activities, applications, services): other features import only this. */
export { journalHandlers } from './handlers';

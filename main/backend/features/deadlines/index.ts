/** The public face of deadlines (rules, lists, reminders, transitions): other features import only this. */
export { deadlineHandlers } from './handlers';
export { followUpDateFor, loadSettings, receiptDueFor } from './config';
export { loadYoungPeople, type YoungPerson } from './transitions';
export { fillDeadlinesDemo } from './demo';

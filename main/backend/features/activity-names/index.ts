/** The naming list's public face: what other features and hosts may use. */
export { activityNameHandlers } from './handlers';
export { resolveActivityName, type ResolvedName } from './resolve';
export { fold, nameKey, searchRank, suggest, suggester } from './matching';
export { defaultNames } from './defaults';
export { addName, allNames, findByKey, getName, updateName } from './store';
export { fillActivityNamesDemo } from './demo';

/** The public face of the citizens feature: other features import only this. */
export { citizenHandlers } from './handlers';
export { citizenIdsByName, firstIdsByName } from './name-match';
export { cprPrefix, toCitizen } from './rows';
export { citizenSearchRows, searchCitizens } from './search';

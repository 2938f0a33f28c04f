/** The procedure library's public face: what other features, the demo and the CLI may use. */
export { procedureHandlers } from './handlers';
export { previewImport, confirmImport, type ImportFile, type PreviewItem } from './import';
export { searchProcedures } from './search';
export { indexTextOf, procedureRow, saveProcedure, reviewDueOf, type SaveMeta } from './store';
export { defaultProcedures, defaultProceduresDir, resourcesDir } from './defaults';
export { parseProcedureMarkdown } from './markdown';
export { fillProceduresDemo } from './demo';

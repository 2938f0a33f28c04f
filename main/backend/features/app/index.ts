/** The public face of the app's own methods (status, setup, reference lists): the backend imports only this. */
export { appHandlers, referenceHandlers } from './handlers';
export { setupEmptyRegister } from './setup';

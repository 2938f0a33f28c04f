/** The one IPC channel and the one origin allowed to use it. Shared by main and preload. */
export const INVOKE_CHANNEL = 'sagsoverblik:invoke';
export const APP_SCHEME = 'app';
export const APP_HOST = 'sagsoverblik';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}/`;

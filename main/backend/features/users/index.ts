/** The public face of users, teams and the session: other features and the backend import only this. */
export { userHandlers } from './handlers';
export { findSessionUser, findUser, toUser, userQuery } from './queries';

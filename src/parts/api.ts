/** The api part (resource-finder.api.js in the one-file build): the search-service source and the templates data shows. */
export { RemoteSource } from '../ui/remote-source.js';
export * from './views.js';

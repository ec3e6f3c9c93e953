// `verikit/adapters/logto`: the Logto Experience API from the browser (same origin, cookie session).
export { createLogtoAdapter, LOGTO_EXPERIENCE_ERRORS, type LogtoAdapterOptions } from '../../adapters/logto';

// The part of libphonenumber-js verikit uses, loaded as one lazy chunk by `loadPhoneLib`.
// Named re-exports, not `import('libphonenumber-js/min')`: a dynamic import of the package keeps
// its whole namespace (AsYouType, findNumbers, formatters…), 43.7 kB gzip; these four functions
// with the same `min` metadata are 29.2 kB, and the consumer's bundler drops the rest.
export { getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/min';

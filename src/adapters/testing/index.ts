export { runAdapterConformance, type AdapterConformanceOptions } from './conformance';
export type { ConformanceBackend, ConformanceCase, ConformanceFault } from './backend';

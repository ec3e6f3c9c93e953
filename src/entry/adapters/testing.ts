export { runAdapterConformance } from '../../adapters/testing';
export type { AdapterConformanceOptions, ConformanceBackend, ConformanceCase, ConformanceFault } from '../../adapters/testing';

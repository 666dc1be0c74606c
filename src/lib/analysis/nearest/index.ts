export { buildServiceIndex, pointFilter, type ServiceIndex, type ServicePoint } from './service-index.ts';
export { nearest, type NearestQuery, type NearestResult, type NearestRow } from './query.ts';
export { nearestBruteForce } from './brute-force.ts';

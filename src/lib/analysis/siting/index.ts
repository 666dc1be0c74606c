export type { DemandPoint, SitePoint, SitingInput, SitingResult, SiteResult, TownEffect, CoverageSettings } from './types.ts';
export { prepareModel, coverageSets, coveredBy, type SitingModel, type CoverageSets } from './model.ts';
export { solveSiting, solveModel, evaluateSites, evaluateModel, type SolveOptions } from './solve.ts';
export { gridCandidates } from './grid.ts';

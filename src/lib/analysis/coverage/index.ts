// Public API of the coverage engine (pure TypeScript: runs in Node, a Worker or a benchmark).
export * from './types.ts';
export { computeCoverage, coverageSteps, gridFor, hashKey, type CoverageCache, type CoverageProgress, type CoverageResult } from './engine.ts';
export { bandFor, bandMode, bandSpeedKmh, thresholdMetres, travelMinutes } from './bands.ts';
export { buildGrid, cellCoords, cellLngLat, type Grid } from './grid.ts';
export { StraightLineProvider, type DistanceFieldProvider } from './provider.ts';
export { BarrierProvider, buildBarrierModel, type BarrierModel } from './barrier.ts';
export { categoryRaster, compositeRaster, gapRaster, gridCorners, paint, COMPOSITE_RAMP, COVERED_COLOUR, GAP_COLOUR, type RasterImage, type Rgba } from './raster.ts';
export { probe, type ProbeCategory, type ProbeResult } from './probe.ts';
export { whatIf, type WhatIfResult, type WhatIfRow } from './whatif.ts';

// The embedded pack's four point layers, read from data/ through the project's own loader, for unit tests
// that need the real places (a town's points, where a town is found).
import { readFileSync } from 'node:fs';
import { parseLayerCsv } from '../../src/lib/data/load';
import type { DataPack } from '../../src/lib/io/pack-types';

export const readData = (file: string) => readFileSync(`data/${file}`, 'utf8');

export function embeddedLayers(): Pick<DataPack, 'stations' | 'institutions' | 'enterprises' | 'facilities'> {
  return {
    stations: parseLayerCsv('stations', readData('stations.csv')).records,
    institutions: parseLayerCsv('institutions', readData('institutions.csv')).records,
    enterprises: parseLayerCsv('enterprises', readData('enterprises.csv')).records,
    facilities: parseLayerCsv('facilities', readData('facilities.csv')).records,
  };
}

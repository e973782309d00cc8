/** English words of src/experiments (see ./index.ts), the same keys and values as nl-experiments.ts. */
import type { nlExperiments } from './nl-experiments.ts';

const FIGURE = {
  corporationShare: 'The share of corporation dwellings',
  multiFamilyShare: 'The share of multi-family dwellings',
  onePersonHouseholds: 'The number of one-person households',
};

export const enExperiments: typeof nlExperiments = {
  // area.ts
  'experiments.area.unknown': (v) => `area "${v.code}" is not in the CBS table ${v.file}.${v.near.length ? ` Did you mean: ${v.near.join('; ')}?` : ''}`,
  'experiments.area.groupNamedLikeCode': (v) => `group '${v.name.slice(0, 40)}' is named like a CBS code; it would replace the real area ${v.name.toUpperCase()}. Choose another name, e.g. 'Village ${v.name.slice(0, 20)}'.`,
  'experiments.area.groupTwice': (v) => `two groups are called '${v.name.slice(0, 40)}'; give each group its own name.`,
  'experiments.area.none': () => 'choose at least one area',
  'experiments.area.overlap': (v) => `${v.name}: ${v.n} buurten overlap with an earlier area and are counted once`,
  'experiments.area.unknown65plus': (v) => `${v.name}: ${v.rest} people 65+ are in no buurt figure (CBS: secret or unknown) and are spread over ${v.buurten} buurten by inhabitants`,
  'experiments.area.estimated': (v) => `${FIGURE[v.figure]} is estimated for ${v.count} of ${v.buurten} buurten (${v.why})`,
  'experiments.area.no65plus': (v) => `${v.names.join(' + ')} has no inhabitants aged 65 or over according to CBS (a business park, for instance): no circles can form there`,
  'experiments.area.noBoundary': (v) => `${v.n} buurten without a boundary are placed on a disc of their land area`,
};

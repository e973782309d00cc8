/** Dutch words of src/experiments (see ./index.ts): keys start with 'experiments.'. The source of truth for en-experiments.ts. */

/** A sentence in both languages, passed as a value where a message is assembled from other messages. */
type Words = { nl: string; en: string };
/** An estimated CBS figure the model uses (src/experiments/area.ts). */
type Figure = 'corporationShare' | 'multiFamilyShare' | 'onePersonHouseholds';

const FIGURE: Record<Figure, string> = {
  corporationShare: 'Het aandeel corporatiewoningen',
  multiFamilyShare: 'Het aandeel meergezinswoningen',
  onePersonHouseholds: 'Het aantal eenpersoonshuishoudens',
};

export const nlExperiments = {
  // area.ts
  'experiments.area.unknown': (v: { code: string; file: string; near: string[] }) => `gebied "${v.code}" staat niet in de CBS-tabel ${v.file}.${v.near.length ? ` Bedoelt u: ${v.near.join('; ')}?` : ''}`,
  'experiments.area.groupNamedLikeCode': (v: { name: string }) => `groep '${v.name.slice(0, 40)}' heeft de naam van een CBS-code; die zou het echte gebied ${v.name.toUpperCase()} vervangen. Kies een andere naam, bijvoorbeeld 'Kerkdorp ${v.name.slice(0, 20)}'.`,
  'experiments.area.groupTwice': (v: { name: string }) => `twee groepen heten '${v.name.slice(0, 40)}'; geef elke groep een eigen naam.`,
  'experiments.area.none': () => 'kies minstens één gebied',
  'experiments.area.overlap': (v: { name: string; n: number }) => `${v.name}: ${v.n} buurten vallen ook in een eerder gekozen gebied en tellen één keer mee`,
  'experiments.area.unknown65plus': (v: { name: string; rest: number; buurten: number }) => `${v.name}: ${v.rest} 65-plussers staan in geen enkel buurtcijfer (CBS: geheim of onbekend) en zijn naar inwoners verdeeld over ${v.buurten} buurten`,
  'experiments.area.estimated': (v: { figure: Figure; count: number; buurten: number; why: string }) => `${FIGURE[v.figure]} is geschat voor ${v.count} van de ${v.buurten} buurten (${v.why})`,
  'experiments.area.no65plus': (v: { names: string[] }) => `${v.names.join(' + ')} heeft volgens CBS geen inwoners van 65 jaar of ouder (bijvoorbeeld een bedrijventerrein): daar kunnen geen voorzorgcirkels ontstaan`,
  'experiments.area.noBoundary': (v: { n: number }) => `${v.n} buurten zonder grens zijn als cirkel met hun landoppervlak geplaatst`,
};

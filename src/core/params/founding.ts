import { p, t } from './spec.ts';


/** Self-initiation (the snowball) and the founding threshold (the Allee effect). */
export const foundingParams = [
  p({
    name: 'verbinderShare', group: 'founding', default: 0.035, min: 0.005, max: 0.1, unit: 'share', world: true,
    label: t('Potentiële verbinders', 'Potential connectors'),
    help: t('Deel van de vitale 65–79-jarigen dat zelf een cirkel zou kunnen trekken (verbinder).', 'Share of vital people aged 65–79 who could lead a circle themselves (connector).'),
    source: 'model-science.md §2.5 (≈2–5% of vital 65–79) [assumption]', calibrate: true,
  }),
  p({
    name: 'initiation', group: 'founding', default: 0.003, min: 0, max: 0.2, unit: 'per month',
    label: t('Zelf starten door een bekende cirkel', 'Starting after knowing a circle'),
    help: t(
      'Kans per maand dat een potentiële verbinder die één cirkel in de buurt kent zelf een cirkel probeert te starten (meer cirkels in de buurt: vaker).',
      'Monthly probability that a potential connector who knows one circle nearby tries to start one (more circles nearby: more often).',
    ),
    source: 'model-science.md §6.5 (h = h₀·g(E)) [assumption, calibrate: set so that with the other defaults a circle inspires ≈ 0.16 new circles a year and lasts ≈ 7 years, R ≈ 1.2 in a kerkdorp — the range where the number of seeds matters (§1.9: R > 1 needs only 0.1–0.2 new circles per circle per year); the field cannot yet tell whether R is above or below 1]', calibrate: true,
  }),
  p({
    name: 'reinforcement', group: 'founding', default: 1.5, min: 0.5, max: 3, unit: 'multiplier',
    label: t('Versterking door meer cirkels', 'Reinforcement by more circles'),
    help: t(
      'Exponent γ in g(E) = E^γ, E = aantal verschillende cirkels dat iemand kent (max. 4). 1 = elke cirkel telt los (eenvoudige besmetting); boven 1 versterken cirkels elkaar (complexe besmetting).',
      'Exponent γ in g(E) = E^γ, E = number of distinct circles known (max 4). 1 = each circle counts on its own (simple contagion); above 1 circles reinforce each other (complex contagion).',
    ),
    source: 'model-science.md §1.3, §6.5 (threshold or sigmoid in the complex case, linear in the simple case) [assumption]', calibrate: true,
  }),
  p({
    name: 'prInitiation', group: 'founding', default: 0.003, min: 0, max: 0.05, unit: 'per month',
    label: t('Zelf starten door PR', 'Starting because of PR'),
    help: t('Kans per maand bij volle PR dat een potentiële verbinder die ervan weet een cirkel probeert te starten zonder er een te kennen.', 'Monthly probability at full PR that an aware potential connector tries to start a circle without knowing one.'),
    source: 'model-science.md §1.6 (Bass p: external influence) [assumption]', calibrate: false,
  }),
  p({
    name: 'foundingMin', group: 'founding', default: 7, min: 1, max: 12, unit: 'persons', integer: true,
    label: t('Minimum om te starten', 'Minimum to found'),
    help: t('Een nieuwe cirkel bestaat pas als minstens zoveel mensen (de verbinder meegeteld) toezeggen; anders mislukt de start.', 'A new circle only exists when at least this many people (connector included) commit; otherwise the founding fails.'),
    source: 'model-science.md §1.8 (n_min 6–8; "8 joined at once") [assumption]', calibrate: true,
  }),
  p({
    name: 'foundingWindow', group: 'founding', default: 3, min: 1, max: 12, unit: 'months', integer: true,
    label: t('Tijd om toezeggingen te verzamelen', 'Time to gather commitments'),
    help: t('Maanden waarin de verbinder toezeggingen verzamelt.', 'Months in which the connector gathers commitments.'),
    source: 'model-science.md §1.8 (about 3 months) [assumption]', calibrate: false,
  }),
  p({
    name: 'invitees', group: 'founding', default: 25, min: 5, max: 80, unit: 'persons', integer: true,
    label: t('Mensen die een verbinder benadert', 'People a connector approaches'),
    help: t('Hoeveel buren en bekenden een verbinder benadert (eerst bekenden, dan de dichtstbijzijnde buren).', 'How many neighbours and acquaintances a connector approaches (contacts first, then the nearest neighbours).'),
    source: '[assumption] a street or complex floor', calibrate: true,
  }),
  p({
    name: 'commit', group: 'founding', default: 0.7, min: 0.05, max: 1, unit: 'share',
    label: t('Toezeggen als je benaderd wordt', 'Committing when approached'),
    help: t('Kans dat een bereidwillige die ervan weet toezegt als een buur of bekende het vraagt; wie er nog nooit van hoorde, zegt half zo vaak toe. Wie niet bereid is, zegt nooit toe.', 'Probability that a willing, aware person commits when a neighbour asks; people who never heard of circles commit half as often. Unwilling people never commit.'),
    source: '[assumption] asked in person by someone they know; the unconditional yield ≈ willing × commit ≈ 0.2 sits below the ≈0.43 of self-selected coffee-morning attendees (model-science.md §6.7)', calibrate: true,
  }),
  p({
    name: 'cooldown', group: 'founding', default: 24, min: 0, max: 120, unit: 'months', integer: true,
    label: t('Afkoelen na een mislukte start', 'Cooling down after a failed start'),
    help: t('Maanden dat een verbinder het na een mislukte start niet opnieuw probeert.', 'Months a connector does not try again after a failed start.'),
    source: 'model-science.md §1.8 (the initiator cools down) [assumption]', calibrate: false,
  }),
];

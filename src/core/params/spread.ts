import { p, t } from './spec.ts';


/** Information, joining and self-initiation: the behavioural parameters calibration may fit. */
export const spreadParams = [
  p({
    name: 'talkMember', group: 'information', default: 0.08, min: 0, max: 0.5, unit: 'per month',
    label: t('Vertellen door leden', 'Telling by members'),
    help: t('Kans per maand per contact dat een lid van een actieve cirkel erover vertelt.', 'Monthly probability per tie that a member of an active circle tells about it.'),
    source: 'model-science.md §6.3 (members ≈7× non-members) [assumption]', calibrate: true,
  }),
  p({
    name: 'talkAware', group: 'information', default: 0.012, min: 0, max: 0.2, unit: 'per month',
    label: t('Vertellen door niet-leden', 'Telling by non-members'),
    help: t('Kans per maand per contact dat iemand die ervan weet (maar geen lid is) erover vertelt.', 'Monthly probability per tie that someone who knows (not a member) tells about it.'),
    source: 'model-science.md §6.3 (≈1/7 of members) [assumption]', calibrate: false,
  }),
  p({
    name: 'passiveTalk', group: 'circles', default: 0.3, min: 0, max: 1, unit: 'multiplier',
    label: t('Vertellen in passieve cirkels', 'Telling in passive circles'),
    help: t('Leden van passieve cirkels vertellen minder: deze factor maal het tempo van actieve leden.', 'Members of passive circles tell less: this factor times the rate of active members.'),
    source: 'model-science.md §0 (active vs passive circles, NOS 2026) [assumption]', calibrate: false,
  }),
  p({
    name: 'prAwareness', group: 'information', default: 0.03, min: 0, max: 0.3, unit: 'per month',
    label: t('Bekendheid door PR', 'Awareness from PR'),
    help: t('Kans per maand om via PR (wijkblad, krant, sociale media) van cirkels te horen, bij volle PR-inzet.', 'Monthly probability of hearing about circles through PR at full PR intensity.'),
    source: "founder's plan §9 (PR is the decisive success factor) [assumption]", calibrate: true,
  }),
  p({
    name: 'mediaAwareness', group: 'information', default: 0.002, min: 0, max: 0.05, unit: 'per month',
    label: t('Bekendheid door landelijke media', 'Awareness from national media'),
    help: t('Kans per maand om via landelijke media van cirkels te horen, ook zonder lokale PR.', 'Monthly probability of hearing about circles from national media, without local PR.'),
    source: 'model-science.md §0 (media shocks 2025) [assumption]', calibrate: false,
  }),
  p({
    name: 'willing', group: 'joining', default: 0.3, min: 0.02, max: 0.9, unit: 'share',
    label: t('Bereid om ooit mee te doen', 'Ever willing to join'),
    help: t('Deel van de 65-plussers dat onder omstandigheden lid zou worden van een cirkel.', 'Share of people 65+ who would join a circle under some circumstances.'),
    source: 'model-science.md §2.8 (at most 20–30% would ever join) [assumption]', calibrate: true,
  }),
  p({
    name: 'aloneWilling', group: 'joining', default: 1.5, min: 1, max: 3, unit: 'multiplier',
    label: t('Alleenwonenden vaker bereid', 'People living alone more often willing'),
    help: t('Hoeveel vaker wie alleen woont bereid is mee te doen; het gemiddelde blijft gelijk aan "bereid om ooit mee te doen".', 'How much more often people living alone are willing; the average stays at "ever willing to join".'),
    source: 'model-science.md §2.6–2.7 (>40% of 85+ want more help from neighbours; older people draw less on their network) [assumption]', calibrate: false,
  }),
  p({
    name: 'joinOne', group: 'joining', default: 0.005, min: 0, max: 0.5, unit: 'per month',
    label: t('Aansluiten bij één bekend lid', 'Joining with one member known'),
    help: t('Kans per maand dat een bereidwillige die één lid kent zich aansluit (P₁).', 'Monthly probability that a willing person who knows one member joins (P₁).'),
    source: 'model-science.md §1.4 (dose–response P₁) [assumption, calibrate; set so that seeded circles grow slowly, as the field reports: Land van Cuijk ≈ 60 circles on ≈ 22,000 65+ after about four years, §0, §2.8]', calibrate: true,
  }),
  p({
    name: 'joinTwo', group: 'joining', default: 0.015, min: 0, max: 0.9, unit: 'per month',
    label: t('Aansluiten bij twee of meer bekende leden', 'Joining with two or more members known'),
    help: t('Kans per maand dat een bereidwillige die twee of meer leden kent zich aansluit (P₂). P₂ veel groter dan 2×P₁ betekent complexe besmetting.', 'Monthly probability of joining when knowing two or more members (P₂). P₂ well above 2×P₁ means complex contagion.'),
    source: 'model-science.md §1.3–1.4 (complex contagion, Centola & Macy 2007) [assumption, calibrate]', calibrate: true,
  }),
  p({
    name: 'needFactor', group: 'joining', default: 2, min: 1, max: 5, unit: 'multiplier',
    label: t('Zorgbehoefte maakt aansluiten waarschijnlijker', 'Care needs make joining likelier'),
    help: t('Wie kwetsbaar is of een indicatie heeft, sluit zoveel keer sneller aan (het voorzorgmotief).', 'People with care needs or an indication join this many times faster (the precaution motive).'),
    source: 'model-science.md §6.4 (need spikes after an indication) [assumption]', calibrate: false,
  }),
  p({
    name: 'prJoin', group: 'joining', default: 0.003, min: 0, max: 0.05, unit: 'per month',
    label: t('Aanmelden via PR', 'Signing up through PR'),
    help: t(
      'Kans per maand bij volle PR dat een bereidwillige die ervan weet zich meldt bij de welzijnsorganisatie en in een cirkel in de buurt wordt geplaatst.',
      'Monthly probability at full PR that a willing, aware person signs up with the welfare organisation and is placed in a nearby circle.',
    ),
    source: "founder's plan §5b (elderly call in the welfare organisation themselves) [assumption]", calibrate: false,
  }),
];

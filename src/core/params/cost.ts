import { p, t } from './spec.ts';


/** Costs: the founder's cost table (plan §11) plus staff time per seeding attempt and PR. */
export const costParams = [
  p({
    name: 'costProjectLeader', group: 'cost', default: 2400, min: 0, max: 50000, unit: 'euro',
    label: t('Projectleider (6 dagen)', 'Project leader (6 days)'),
    help: t('Eenmalig per gemeente, zonder reiskosten.', 'Once per gemeente, travel not included.'),
    source: "founder's plan §11 (6 days, 48 hours: €2,400)", calibrate: false,
  }),
  p({
    name: 'costTrainingLeader', group: 'cost', default: 500, min: 0, max: 20000, unit: 'euro',
    label: t('Opleiding projectleider', 'Training of the project leader'),
    help: t('Eenmalig: de opleiding tot projectleider voorzorgcirkels.', 'Once: training as project leader for circles.'), source: "founder's plan §11 (€500)", calibrate: false,
  }),
  p({
    name: 'costTrainingStaff', group: 'cost', default: 2500, min: 0, max: 50000, unit: 'euro',
    label: t('Opleiding 2 medewerkers welzijn', 'Training of 2 welfare staff'),
    help: t('Eenmalig; in grote gemeenten vaak meer medewerkers.', 'Once; large gemeenten often need more staff.'),
    source: "founder's plan §11 (€2,500)", calibrate: false,
  }),
  p({
    name: 'costSupervisor', group: 'cost', default: 2000, min: 0, max: 50000, unit: 'euro',
    label: t('Supervisor', 'Supervisor'),
    help: t('Eenmalig; deels te vervangen door boeken à € 20.', 'Once; partly replaceable by books at € 20 each.'), source: "founder's plan §11 (€2,000)", calibrate: false,
  }),
  p({
    name: 'costAttemptA', group: 'cost', default: 600, min: 0, max: 10000, unit: 'euro',
    label: t('Route a: kosten per bewonersbijeenkomst', 'Route a: cost per residents’ meeting'),
    help: t('Personeelstijd per bijeenkomst in een complex (voorbereiden, bijeenkomst, nazorg).', 'Staff time per meeting in a complex (preparation, meeting, follow-up).'),
    source: '[assumption] 8 hours × €75', calibrate: false,
  }),
  p({
    name: 'costAttemptB', group: 'cost', default: 900, min: 0, max: 10000, unit: 'euro',
    label: t('Route b: kosten per informatiebijeenkomst', 'Route b: cost per information meeting'),
    help: t('Personeelstijd en zaal per koffieochtend.', 'Staff time and venue per coffee morning.'),
    source: '[assumption] 12 hours × €75', calibrate: false,
  }),
  p({
    name: 'costAttemptC', group: 'cost', default: 150, min: 0, max: 5000, unit: 'euro',
    label: t('Route c: kosten per voorstel bij indicatie', 'Route c: cost per proposal at indication'),
    help: t('Extra tijd van wijkverpleegkundige en welzijnswerker per voorstel.', 'Extra time of nurse and welfare worker per proposal.'),
    source: '[assumption] 2 hours × €75', calibrate: false,
  }),
  p({
    name: 'costPrMonth', group: 'cost', default: 250, min: 0, max: 10000, unit: 'euro',
    label: t('PR per maand bij volle inzet', 'PR per month at full intensity'),
    help: t('Kosten van wijkblad, huis-aan-huisblad en sociale media per maand bij PR-inzet 1.', 'Cost of local papers and social media per month at PR intensity 1.'),
    source: '[assumption]', calibrate: false,
  }),
];

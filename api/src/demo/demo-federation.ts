import type { MemberKind, Region, Sector } from '@concerto/contracts';

/** The demo federation: the eight colleges of DOMAIN.md (35 seats) and their member organizations. */
export const DEMO_COLLEGES: { code: string; nameFr: string; nameEn: string; seatCount: number }[] = [
  { code: 'reseaux', nameFr: "Réseaux d'entreprises d'économie sociale", nameEn: 'Social economy enterprise networks', seatCount: 10 },
  { code: 'developpement_local', nameFr: 'Organismes de développement local', nameEn: 'Local development organizations', seatCount: 6 },
  { code: 'syndical', nameFr: 'Mouvement syndical', nameEn: 'Labour movement', seatCount: 3 },
  { code: 'femmes', nameFr: 'Groupes de femmes', nameEn: "Women's groups", seatCount: 2 },
  { code: 'recherche', nameFr: 'Milieu de la recherche', nameEn: 'Research community', seatCount: 2 },
  { code: 'premieres_nations', nameFr: 'Premières Nations', nameEn: 'First Nations', seatCount: 2 },
  { code: 'poles_regionaux', nameFr: "Pôles régionaux d'économie sociale", nameEn: 'Regional social economy poles', seatCount: 7 },
  { code: 'aile_jeunesse', nameFr: 'Aile jeunesse', nameEn: 'Youth wing', seatCount: 3 },
];

/** good: dues paid to next spring; lapsed: dues ran out last spring (or never paid); suspended. */
export type DemoStanding = 'good' | 'lapsed' | 'never_paid' | 'suspended';

export interface DemoMember {
  legalName: string;
  college: string;
  kind: MemberKind;
  sector: Sector;
  region: Region;
  city: string;
  standing?: DemoStanding;
}

const m = (legalName: string, college: string, kind: MemberKind, sector: Sector, region: Region, city: string, standing: DemoStanding = 'good'): DemoMember => ({
  legalName,
  college,
  kind,
  sector,
  region,
  city,
  standing,
});

/** The member searched for by the browser test: must stay, in good standing. */
export const PIVOT = 'Coopérative de solidarité Le Pivot';

export const DEMO_MEMBERS: DemoMember[] = [
  m(PIVOT, 'reseaux', 'cooperative', 'food', '03', 'Québec'),
  m("Coopérative funéraire de l'Estrie", 'reseaux', 'cooperative', 'funeral', '05', 'Sherbrooke'),
  m('Coopérative de travail Les Ateliers du Fjord', 'reseaux', 'cooperative', 'manufacturing', '02', 'Saguenay'),
  m('Regroupement des CPE de la Mauricie', 'reseaux', 'network', 'childcare', '04', 'Trois-Rivières'),
  m('Coopérative de services à domicile du Bas-Saint-Laurent', 'reseaux', 'cooperative', 'home_care', '01', 'Rimouski'),
  m('Théâtre coopératif La Marée', 'reseaux', 'cooperative', 'arts_culture', '11', 'Carleton-sur-Mer'),
  m('Coopérative forestière des Hautes-Laurentides', 'reseaux', 'cooperative', 'forestry', '15', 'Mont-Laurier'),
  m('Marché solidaire Frontenac', 'reseaux', 'nonprofit', 'retail', '06', 'Montréal'),
  m("Coopérative d'habitation Les Jardins du Faubourg", 'reseaux', 'cooperative', 'collective_real_estate', '06', 'Montréal'),
  m('Ressourcerie de la Côte-Nord', 'reseaux', 'nonprofit', 'environment', '09', 'Baie-Comeau'),
  m('Coopérative de solidarité informatique Libre Octet', 'reseaux', 'cooperative', 'it_communications', '13', 'Laval'),
  m("Journal communautaire L'Écho des Bois-Francs", 'reseaux', 'nonprofit', 'media', '17', 'Victoriaville'),
  m('Coopérative agricole Terres de Lanaudière', 'reseaux', 'cooperative', 'agriculture', '14', 'Joliette'),
  m("Fonds d'entraide solidaire de l'Outaouais", 'reseaux', 'nonprofit', 'finance', '07', 'Gatineau'),
  m('Coopérative de transport adapté du Témiscamingue', 'reseaux', 'cooperative', 'transport', '08', 'Ville-Marie'),
  m('Base de plein air Le Refuge boréal', 'reseaux', 'nonprofit', 'leisure_tourism', '10', 'Chibougamau'),
  m("Entreprise d'insertion Le Tremplin culinaire", 'reseaux', 'nonprofit', 'food', '12', 'Lévis'),
  m('Coopérative de santé des Maskoutains', 'reseaux', 'cooperative', 'health', '16', 'Saint-Hyacinthe'),
  m('Réseau des coopératives scolaires du Centre-du-Québec', 'reseaux', 'network', 'education', '17', 'Drummondville'),
  m("Atelier de couture solidaire Fil d'Ariane", 'reseaux', 'nonprofit', 'manufacturing', '06', 'Montréal', 'suspended'),
  m('Coopérative de soutien à domicile de Laval', 'reseaux', 'cooperative', 'personal_services', '13', 'Laval', 'lapsed'),
  m('Regroupement des cuisines collectives de la Capitale', 'reseaux', 'network', 'food', '03', 'Québec'),
  m('Corporation de développement économique communautaire Rosemont–Petite-Patrie', 'developpement_local', 'local_development', 'other', '06', 'Montréal'),
  m('Corporation de développement communautaire des Basques', 'developpement_local', 'local_development', 'other', '01', 'Trois-Pistoles'),
  m('Corporation de développement communautaire de Lévis', 'developpement_local', 'local_development', 'other', '12', 'Lévis'),
  m('Société de développement de la collectivité du Haut-Saint-Maurice', 'developpement_local', 'local_development', 'finance', '04', 'La Tuque'),
  m('Corporation de développement économique communautaire de Longueuil', 'developpement_local', 'local_development', 'other', '16', 'Longueuil'),
  m('Corporation de développement communautaire du Roc', 'developpement_local', 'local_development', 'other', '05', 'Sherbrooke'),
  m('Table de développement local de la Vallée-de-la-Gatineau', 'developpement_local', 'local_development', 'other', '07', 'Maniwaki', 'lapsed'),
  m('Corporation de développement communautaire des Îles', 'developpement_local', 'local_development', 'other', '11', 'Les Îles-de-la-Madeleine'),
  m('Corporation de développement communautaire de la Matawinie', 'developpement_local', 'local_development', 'other', '14', 'Rawdon'),
  m('Conseil régional des travailleuses et travailleurs du Saguenay', 'syndical', 'union', 'other', '02', 'Saguenay'),
  m('Syndicat des travailleuses des centres de la petite enfance de Montréal', 'syndical', 'union', 'childcare', '06', 'Montréal'),
  m("Fédération syndicale de l'économie sociale du Québec", 'syndical', 'union', 'other', '03', 'Québec'),
  m("Conseil central syndical de l'Outaouais", 'syndical', 'union', 'other', '07', 'Gatineau', 'never_paid'),
  m("Centre de femmes L'Éclaircie", 'femmes', 'nonprofit', 'personal_services', '12', 'Thetford Mines'),
  m('Regroupement des groupes de femmes de la Côte-Nord', 'femmes', 'nonprofit', 'other', '09', 'Sept-Îles'),
  m("Femmes en affaires collectives de l'Abitibi", 'femmes', 'nonprofit', 'finance', '08', "Val-d'Or", 'suspended'),
  m('Maison des femmes de Québec', 'femmes', 'nonprofit', 'personal_services', '03', 'Québec'),
  m("Laboratoire de recherche sur l'innovation sociale de Rimouski", 'recherche', 'research', 'education', '01', 'Rimouski'),
  m("Observatoire de l'entrepreneuriat collectif du Saguenay", 'recherche', 'research', 'education', '02', 'Saguenay'),
  m("Collectif de recherche sur l'économie solidaire de Montréal", 'recherche', 'research', 'education', '06', 'Montréal'),
  m('Institut de recherche en coopération de Sherbrooke', 'recherche', 'research', 'education', '05', 'Sherbrooke', 'lapsed'),
  m('Corporation de développement économique innue de Uashat', 'premieres_nations', 'first_nations', 'other', '09', 'Sept-Îles'),
  m('Coopérative artisanale de Wendake', 'premieres_nations', 'first_nations', 'arts_culture', '03', 'Wendake'),
  m('Société de développement atikamekw de Manawan', 'premieres_nations', 'first_nations', 'forestry', '14', 'Manawan'),
  m("Entreprise collective crie d'Eeyou Istchee", 'premieres_nations', 'first_nations', 'leisure_tourism', '10', 'Chisasibi', 'lapsed'),
  m("Pôle d'économie sociale du Bas-Saint-Laurent", 'poles_regionaux', 'regional_pole', 'other', '01', 'Rimouski'),
  m("Pôle d'économie sociale Saguenay–Lac-Saint-Jean", 'poles_regionaux', 'regional_pole', 'other', '02', 'Alma'),
  m("Pôle d'économie sociale de la Mauricie", 'poles_regionaux', 'regional_pole', 'other', '04', 'Trois-Rivières'),
  m("Pôle d'économie sociale de l'Estrie", 'poles_regionaux', 'regional_pole', 'other', '05', 'Sherbrooke'),
  m("Pôle d'économie sociale de l'Outaouais", 'poles_regionaux', 'regional_pole', 'other', '07', 'Gatineau'),
  m("Pôle d'économie sociale de l'Abitibi-Témiscamingue", 'poles_regionaux', 'regional_pole', 'other', '08', 'Rouyn-Noranda'),
  m("Pôle d'économie sociale de la Gaspésie–Îles-de-la-Madeleine", 'poles_regionaux', 'regional_pole', 'other', '11', 'Gaspé'),
  m("Pôle d'économie sociale de Chaudière-Appalaches", 'poles_regionaux', 'regional_pole', 'other', '12', 'Lévis'),
  m("Pôle d'économie sociale de Laval", 'poles_regionaux', 'regional_pole', 'other', '13', 'Laval'),
  m("Pôle d'économie sociale des Laurentides", 'poles_regionaux', 'regional_pole', 'other', '15', 'Saint-Jérôme', 'suspended'),
  m("Pôle d'économie sociale de la Montérégie", 'poles_regionaux', 'regional_pole', 'other', '16', 'Longueuil'),
  m("Pôle d'économie sociale du Centre-du-Québec", 'poles_regionaux', 'regional_pole', 'other', '17', 'Drummondville'),
  m('Coopérative jeunesse de services de Rouyn-Noranda', 'aile_jeunesse', 'cooperative', 'personal_services', '08', 'Rouyn-Noranda'),
  m('Regroupement jeunesse en entrepreneuriat collectif de Montréal', 'aile_jeunesse', 'nonprofit', 'education', '06', 'Montréal'),
  m('Coopérative étudiante Le Campus solidaire', 'aile_jeunesse', 'cooperative', 'retail', '05', 'Sherbrooke'),
  m('Collectif jeunesse du Nord-du-Québec', 'aile_jeunesse', 'nonprofit', 'leisure_tourism', '10', 'Chibougamau', 'suspended'),
];

export const SUSPENSION_REASON = 'Cotisation et rapport annuel non reçus malgré deux rappels.';

export const FIRST_NAMES = [
  'Marie', 'Jean', 'Geneviève', 'Mathieu', 'Isabelle', 'François', 'Nathalie', 'Simon', 'Catherine', 'Olivier',
  'Julie', 'Alexandre', 'Véronique', 'Patrick', 'Émilie', 'Louis', 'Chantal', 'Maxime', 'Annie', 'Philippe',
  'Sarah', 'Gabriel', 'Mélanie', 'Étienne', 'Josée', 'Samuel', 'Karine', 'Félix', 'Marie-Ève', 'Yannick', 'Rosalie', 'Noah',
];
export const LAST_NAMES = [
  'Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné',
  'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher',
  'Caron', 'Beaulieu', 'Cloutier', 'Dubé', 'Poirier', 'Fournier', 'Lapointe', 'Leclerc', 'Lefebvre', 'Poulin', 'Thibault', 'St-Pierre',
  'Bacon', 'Kanapé', 'Awashish', 'Diallo', 'Nguyen', 'Haddad',
];

import type { Catalogue } from "@/lib/i18n/catalogue";
import { adminCatalogue } from "@/lib/i18n/admin/catalogue";
import { fieldLabel } from "@/lib/i18n/admin/field-labels";
import { formatDay } from "@/lib/i18n/admin/format-paris-time";
import { languageName } from "@/lib/i18n/admin/language-names";
import type { ContractType } from "../enums";
import { formatMoney } from "../pay-range";
import { CONTRACT_LABELS } from "../posting-labels";
import type { en } from "./en";

// Les messages du schéma et des règles de l'offre, en français (mêmes clés que ./en.ts).
// Les références légales sont citées telles que la loi les écrit.

const f = (path: string) => `« ${fieldLabel(path, "fr") ?? path} »`;
const L = adminCatalogue("fr").editor;
const contract = (type: ContractType) => CONTRACT_LABELS.fr[type];
const day = (date: string) => formatDay(date, "fr");

const NOUNS: Record<ContractType, string> = {
  CDI: "Un CDI",
  CDD: "Un CDD",
  STAGE: "Un stage",
  APPRENTISSAGE: "Un contrat d'apprentissage",
  PROFESSIONNALISATION: "Un contrat de professionnalisation",
  VIE: "Un VIE",
  FREELANCE: "Une mission freelance",
};

const internshipRule = (maxHours: number) =>
  `au plus 6 mois de présence, soit ${maxHours} heures en comptant 7 heures par jour et 22 jours par mois (Code de l'éducation L124-5 and D124-6)`;

const LISTING_AREAS: Record<string, string> = {
  title: "intitulé du poste",
  description: "description",
  datePosted: "dates",
  validThrough: "dernier jour pour postuler",
  hiringOrganization: "employeur",
  jobLocation: "lieu",
  jobLocationType: "lieu",
  applicantLocationRequirements: "pays où un candidat en télétravail peut vivre",
  baseSalary: "rémunération",
  employmentType: "type de contrat",
  educationRequirements: "études",
  identifier: "référence",
  directApply: "comment postuler",
  format: "format",
};

export const fr: Catalogue<typeof en> = {
  chooseDate: (path: string) => `Choisissez une date pour ${f(path)}.`,
  chooseTeam: "Choisissez une équipe.",
  teamFromList: "Choisissez une équipe dans la liste.",
  officeFromList: "Choisissez un bureau dans la liste.",
  teamArchived: (name: string) => `L'équipe « ${name} » est archivée : choisissez-en une autre dans « Équipe ».`,
  officeArchived: (name: string) => `Le bureau « ${name} » est archivé : choisissez-en un autre dans « Bureau ».`,
  countryCode: (path: string) => `${f(path)} : utilisez des codes pays à deux lettres, par exemple FR, DE, ES.`,
  languageCode: (path: string) => `Choisissez une langue dans ${f(path)}.`,
  monthsWhole: (path: string) => `${f(path)} doit être un nombre entier de mois.`,
  monthsAtLeastOne: (path: string) => `${f(path)} est d'au moins 1 mois.`,
  monthsAtMost: (path: string, max: number) => `${f(path)} ne peut pas dépasser ${max} mois.`,
  amountNumber: (path: string) => `Indiquez ${f(path)} sous forme de nombre.`,
  amountNegative: (path: string) => `${f(path)} ne peut pas être négatif.`,
  amountTooLarge: (path: string) => `${f(path)} est trop élevé.`,
  amountDecimals: (path: string) => `Deux décimales au plus dans ${f(path)}.`,
  hoursNumber: `Indiquez ${f("contract.weeklyHours")} sous forme de nombre.`,
  hoursAtLeastOne: `${f("contract.weeklyHours")} doit valoir au moins 1.`,
  hoursLegalMax: `Le droit français plafonne le temps de travail à 48 heures par semaine (Code du travail L3121-20) : réduisez ${f("contract.weeklyHours")}.`,
  hoursDecimals: `Une décimale au plus dans ${f("contract.weeklyHours")}.`,
  reasonChoice: `Choisissez l'un des cas prévus par la loi dans ${f("contract.durationReason")}, ou aucun.`,
  fillIn: (path: string) => `Remplissez ${f(path)}.`,
  remoteDaysWhole: `${f("location.remote.daysPerWeek")} doit être un nombre entier entre 0 et 5.`,
  remoteDaysRange: `${f("location.remote.daysPerWeek")} doit être compris entre 0 et 5.`,
  remotePolicy: `Choisissez une option dans ${f("location.remote")}.`,
  languageLevel: `Choisissez un niveau dans ${f("languages.*.level")}, ou « ${L.requirements.levelNone} ».`,
  stepNumber: "Numérotez l'étape.",
  stepMinutesWhole: `Indiquez ${f("steps.*.minutes")} en minutes entières.`,
  stepsTooMany: (max: number) => `Limitez le processus à ${max} étapes.`,
  languagesTooMany: (max: number) => `Indiquez ${max} langues au plus.`,
  linkTooLong: (max: number) => `${f("apply.url")} ne doit pas dépasser ${max} caractères.`,
  linkInvalid: `${f("apply.url")} doit être un lien complet en https:// vers la page de candidature.`,
  emailTooLong: `${f("apply.email")} est trop long.`,
  emailInvalid: `${f("apply.email")} doit être une adresse e-mail valide, par exemple jobs@example.com.`,
  addressInvalid: (path: string) =>
    `Remplissez ${f(path)} avec des lettres minuscules a–z, des chiffres et des tirets simples, sans tiret au début ni à la fin.`,
  addressTooLong: (path: string, max: number) => `${f(path)} ne doit pas dépasser ${max} caractères.`,
  tooLong: (max: number) => `${max.toLocaleString("fr-FR")} caractères au plus.`,
  controlCharacters: "Retirez les caractères de contrôle ou de direction du texte invisibles (souvent collés depuis un autre outil).",
  emptyItem: "Retirez cet élément vide, ou remplissez-le.",
  listTooLong: (max: number) => `Limitez cette liste à ${max} éléments.`,
  unknownKey: (key: string) => `« ${key} » ne peut pas être modifié depuis ce formulaire.`,
  required: "Ce champ est obligatoire.",
  wrongType: "Cette valeur n'est pas du type attendu.",
  cannotSet: "Ce formulaire ne peut pas modifier ce champ.",
  chooseOneOf: (values: string) => `Choisissez parmi : ${values}.`,
  cannotBeEmpty: "Ce champ ne peut pas être vide.",
  atLeastCharacters: (min: number) => `Écrivez au moins ${min} caractères.`,
  atLeastItems: (min: number) => `Ajoutez au moins ${min} élément${min > 1 ? "s" : ""}.`,
  numberAtMost: (max: number) => `Utilisez un nombre inférieur ou égal à ${max}.`,
  numberAtLeast: (min: number) => `Utilisez un nombre supérieur ou égal à ${min}.`,
  chooseAllowed: "Choisissez l'une des options proposées.",
  badFormat: "Cette valeur n'est pas au format attendu.",
  multipleOf: (divisor: number) => `Utilisez un multiple de ${divisor}.`,
  titleMissing: (locale: string) => `Remplissez « ${L.content.jobTitle(locale === "fr" ? L.content.french : L.content.english)} ».`,
  titleCompany: "Retirez le nom de l'entreprise de l'intitulé : les moteurs de recherche l'affichent déjà depuis l'organisation.",
  titleGender: "Retirez « (H/F) » et les mentions semblables de l'intitulé : les moteurs de recherche les refusent.",
  titleDates: "Retirez les dates de l'intitulé : la date de début a son propre champ et deviendrait vite fausse ici.",
  missionsMissing: `Ajoutez au moins une mission dans ${f("missions")}.`,
  profileMissing: `Décrivez le profil avec au moins un élément dans ${f("profile")}.`,
  stepOrder: (position: number) => `Numérotez les étapes 1, 2, 3… dans l'ordre : celle-ci devrait être l'étape ${position}.`,
  stepLabel: `Remplissez ${f("steps.*.label")} pour cette étape, par exemple « Entretien avec le manager ».`,
  stepMinutes: (min: number, max: number) => `${f("steps.*.minutes")} doit être comprise entre ${min} et ${max}.`,
  assessmentOptions: `Cochez ${f("steps.*.options")} : exercice à la maison, étude de cas en direct, ou les deux.`,
  optionsOnlyAssessment: `Seule une étape d'évaluation a une ${f("steps.*.options")} : décochez-les, ou choisissez « évaluation » dans ${f("steps.*.kind")}.`,
  applyMissing: `Remplissez ${f("apply.url")} ou ${f("apply.email")} : une offre doit permettre de postuler.`,
  applyUrlMissing: `Remplissez ${f("apply.url")}, ou choisissez « Par e-mail » dans ${f("apply.method")}.`,
  applyEmailMissing: `Remplissez ${f("apply.email")} : les candidatures y sont envoyées.`,
  reasonOtherContract: (rule: ContractType, type: ContractType) =>
    `Le cas choisi dans ${f("contract.durationReason")} concerne un ${contract(rule)} : choisissez-en un qui s'applique à un ${contract(type)}, ou aucun.`,
  reasonNone: (type: ContractType) => `Un ${contract(type)} n'a pas de cas légal permettant une autre durée : choisissez « aucun » dans ${f("contract.durationReason")}.`,
  lengthAtLeast: (type: ContractType, min: number, source: string) => `${NOUNS[type]} dure au moins ${min} mois (${source}).`,
  lengthNeedsCase: (type: ContractType, max: number, longest: number, source: string) =>
    `${NOUNS[type]} dure au plus ${max} mois ; jusqu'à ${longest} seulement dans les cas prévus par la loi — choisissez le cas dans ${f("contract.durationReason")} (${source}).`,
  lengthAtMost: (type: ContractType, max: number, inCase: boolean, source: string) =>
    `${NOUNS[type]} dure au plus ${max} mois${inCase ? " dans ce cas" : ""} (${source}).`,
  internshipMonths: (maxHours: number, hours: number, most: number) =>
    `Un stage dure ${internshipRule(maxHours)} : à ${hours} heures par semaine, cela fait ${most} mois au plus.`,
  internshipEndDate: (maxHours: number, earliest: string, hours: number, lastDay: string) =>
    `Un stage dure ${internshipRule(maxHours)} : à partir du ${day(earliest)}, à ${hours} heures par semaine, son dernier jour est au plus tard le ${day(lastDay)}.`,
  cdiLength: "Un CDI est à durée indéterminée : retirez la durée.",
  cdiEndDate: "Un CDI est à durée indéterminée : retirez la date de fin.",
  minOverIdeal: `${f("contract.durationMonths.min")} ne peut pas dépasser ${f("contract.durationMonths.ideal")}.`,
  maxUnderIdeal: `${f("contract.durationMonths.max")} ne peut pas être inférieur à ${f("contract.durationMonths.ideal")}.`,
  endBeforeStart: `${f("contract.endDate")} doit être après ${f("dates.startWindow.latest")}.`,
  lengthMissing: `Indiquez combien de mois dure ce contrat : cochez ${f("contract.durationMonths")} et remplissez ${f("contract.durationMonths.ideal")}.`,
  endDateTooLate: (type: ContractType, max: number, inCase: boolean, earliest: string, lastDay: string, source: string) =>
    `${NOUNS[type]} dure au plus ${max} mois${inCase ? " dans ce cas" : ""} : à partir du ${day(earliest)}, son dernier jour est au plus tard le ${day(lastDay)} (${source}).`,
  partTimeHours: `Indiquez ${f("contract.weeklyHours")} pour ce contrat à temps partiel.`,
  partTimeUnder35: `Le temps partiel, c'est moins de 35 heures par semaine : réduisez ${f("contract.weeklyHours")}.`,
  internshipIsWorkStudy: `Contrat incohérent : cette offre décrit un apprentissage (formation en alternance ou intitulé d'apprenti) mais le contrat est un stage. Un apprenti est un salarié sous contrat de travail, pas un stagiaire (Code du travail L6221-1) : choisissez « ${contract("APPRENTISSAGE")} » ou « ${contract("PROFESSIONNALISATION")} » dans ${f("contract.type")}.`,
  internshipConvention: `Un stage nécessite une convention de stage signée avec l'école : cochez-la dans ${f("education.requirements")} (Code de l'éducation L124-1).`,
  internshipEnrolment: `Un stagiaire doit être un étudiant inscrit : cochez une condition d'inscription dans ${f("education.requirements")} (Code de l'éducation L124-1).`,
  internshipGratification: (afterHours: number) =>
    `Un stage de plus de 2 mois de présence doit être gratifié, dès la ${afterHours + 1}e heure (Code de l'éducation L124-6 and D124-6) : pensez à l'indiquer avec ${f("contract.compensation")}.`,
  conventionNotInternship: `Une convention de stage n'existe que pour les stages (Code de l'éducation L124-1) : décochez-la dans ${f("education.requirements")} ou choisissez « ${contract("STAGE")} ».`,
  freelanceGratification: `Un freelance est payé en honoraires sous contrat commercial, pas en gratification de stage : choisissez « ${L.contract.salary} » dans ${f("contract.compensation.kind")}.`,
  gratificationNotSalary: `La gratification est réservée aux stagiaires ; ce contrat verse un salaire : choisissez « ${L.contract.salary} » dans ${f("contract.compensation.kind")}.`,
  vieAbroad: `Un VIE est une mission à l'étranger : choisissez un bureau hors de France dans ${f("location.office")} (Business France).`,
  vieEea: `Un VIE est réservé aux ressortissants de l'EEE : choisissez « ${L.location.authorizations.EEA_NATIONALITY} » dans ${f("location.workAuthorization")} (Business France).`,
  maxBelowMin: `${f("contract.compensation.maxAmount")} ne peut pas être inférieur à ${f("contract.compensation.minAmount")}.`,
  latestBeforeEarliest: `${f("dates.startWindow.latest")} ne peut pas précéder ${f("dates.startWindow.earliest")}.`,
  startBeforePosted: `${f("dates.startWindow.earliest")} est antérieur à la date de publication : vérifiez les dates de début.`,
  startInPast: (date: string) => `${f("dates.startWindow.earliest")} (${day(date)}) est déjà passé : vérifiez les dates de début.`,
  closeAfterPosted: `Les candidatures doivent fermer après la date de publication : repoussez ${f("dates.validThrough")}.`,
  closeByLatestStart: (lastDay: string) =>
    `Les candidatures doivent fermer au plus tard à la fin du ${f("dates.startWindow.latest")} (${day(lastDay)}) : avancez ${f("dates.validThrough")}.`,
  closedAlready: `Les candidatures seraient déjà closes : repoussez ${f("dates.validThrough")}, ou décochez « ${L.dates.closes} » s'il n'y a pas de date limite.`,
  hybridDays: `Un poste hybride a de 1 à 4 ${f("location.remote.daysPerWeek")} (0, c'est sur site ; 5, c'est en télétravail complet).`,
  countriesMissing: `Indiquez au moins un pays dans ${f("location.remote.eligibleCountries")}.`,
  countryTwice: (code: string) => `${code} figure deux fois dans ${f("location.remote.eligibleCountries")}.`,
  officeMissing: `Choisissez un bureau dans ${f("location.office")} (seuls les postes en télétravail complet n'en ont pas).`,
  postalCode: "Un code postal français compte 5 chiffres, par exemple 75018.",
  languageRequired: `Cochez « ${L.requirements.required} » pour au moins une langue.`,
  languageTwice: (code: string) => `${languageName(code, "fr")} figure deux fois : gardez une seule ligne par langue.`,
  payMissing: `Les candidats ont droit à la fourchette de rémunération avant l'entretien (directive européenne 2023/970 sur la transparence des rémunérations, article 5) : activez ${f("contract.compensation")} et indiquez-la.`,
  apprenticeBelowMinimum: (lowest: number, source: string) =>
    `C'est en dessous du minimum légal de tout apprenti : ${formatMoney(lowest, "EUR", "fr")} (moins de 18 ans, première année ; ${source}). Le minimum augmente avec l'âge et l'année de l'apprenti : voir le tableau ci-dessous.`,
  frenchToTranslate: `La version française est encore à traduire : elle reste hors du site français tant que vous n'avez pas coché ${f("frenchTranslated")}.`,
  frenchSameAsEnglish: `Le texte français est identique à l'anglais : traduisez-le avant de cocher ${f("frenchTranslated")}.`,
  listingProblem: (page: "en" | "fr", area: string) =>
    `${L.jsonLd.listing} (${page === "en" ? L.jsonLd.englishPage : L.jsonLd.frenchPage}) — ${LISTING_AREAS[area] ?? LISTING_AREAS.format} : manquant ou sous une forme que Google n'accepte pas.`,
  fixFields: "Certains champs demandent votre attention. Rien n'a été enregistré.",
  fixBeforePublishing: "Corrigez les problèmes signalés avant que cette offre puisse être mise en ligne. Rien n'a été modifié.",
};

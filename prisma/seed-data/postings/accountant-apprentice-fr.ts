import type { LocaleContentInput } from "@/lib/postings";

// The French locale of the Accountant Apprentice. The missions are the source's
// own French (verbatim, "In French below for your information") plus one it
// lists only in English ("Calculation and posting of deferred expenses"), in our
// translation; the title, about, role, profile, benefits, steps and additional
// information are our translation of the English source. The English list has
// the two missions the source gives only in French, translated, so both
// languages list the same ten missions (tests/unit/postings/seed-sources.test.ts).
export const accountantApprenticeFr: LocaleContentInput = {
  title: "Apprenti·e comptable (anglais et français)",
  about: `Fondée en novembre 2014 par Thibaud Hug de Larauze, Quentin Le Brouster et Vianney Vaute, Back Market est la première place de marché mondiale de l’électronique reconditionnée, avec une équipe de 650 personnes et des activités dans 18 pays (et ce n’est pas fini !).

Nommée parmi les entreprises les plus innovantes au monde par Fast Company en 2019 puis en 2021, notre mission est simple : permettre à chacun de consommer la tech de façon durable, en proposant une alternative de grande qualité, accessible et plus écologique à l’achat d’appareils neufs.

Pourquoi ? La tech reconditionnée aide à réduire notre impact environnemental collectif. Depuis notre lancement en 2014, nous avons contribué à éviter la production de plus d’un million de tonnes de CO2e dans le monde.

Rejoignez une aventure internationale passionnante et en pleine croissance, qui va changer notre façon de consommer la tech.`,
  role: `Bonjour, nous sommes Back Market.

Nous sommes là pour rendre la tech fiable, abordable et meilleure que neuve. Nous sommes une place de marché mondiale d’appareils reconditionnés, qui aide à réduire notre impact environnemental collectif en proposant une tech fiable et abordable, avec 92 % d’émissions de carbone en moins que le neuf.

Oui, vous avez bien lu : la tech reconditionnée est bien meilleure pour la planète que le neuf. Avec chaque appareil acheté sur Back Market, notre impact positif sur la planète grandit. De nos conseillers du Service Client à nos ingénieurs logiciel, chaque personne chez Back Market offre un répit à la planète — et aux consommateurs. Notre mission est simple : faire plus avec ce que nous avons déjà.

Prêt·e à nous rejoindre ?

Back Market recherche son ou sa prochain·e apprenti·e comptable, qui sera rattaché·e au Head of Accounting Transformation.

Vous voulez développer vos compétences en gestion et en comptabilité au sein d’un groupe en forte croissance ? Vous cherchez un poste polyvalent et évolutif ? Rejoignez-nous !`,
  missions: [
    "Saisie des factures d’achats avec commande",
    "Analyse des commandes ouvertes",
    "Traitement des demandes fournisseurs",
    "Contrôle de conformité des enregistrements comptables avec imputation analytique",
    "Analyse des comptes fournisseurs",
    "Comptabilisation de la trésorerie et suivi des emprunts (rapprochements bancaires, réconciliation avec les tableaux d’amortissements, saisie éventuelle des nouveaux emprunts).",
    "Prise en charge de l’outil dédié aux frais professionnels (contrôle et comptabilisation des opérations)",
    "Participation aux clôtures mensuelles, factures non parvenues, charges constatées d’avance.",
    // Only in English in the source ("Calculation and posting of deferred expenses"): our translation.
    "Calcul et comptabilisation des charges à étaler",
    "Amélioration constant de l’outil et de nos process",
  ],
  profile: [
    "L’anglais est une évidence (niveau professionnel complet). Vous avez aussi un niveau B2 minimum en français pour échanger avec nos partenaires français.",
    "Vous êtes adaptable et proactif·ve",
    "Vous avez d’excellentes qualités de communication",
    "Vous avez un vrai esprit d’équipe",
    "Vous avez envie d’apprendre et de progresser",
    "Vous êtes très organisé·e et savez donner vie aux initiatives !",
  ],
  benefits: [
    "Un environnement de travail porteur de sens, où votre quotidien a un impact sur la planète. Vraiment.",
    "Un environnement de travail hybride, avec 2 jours de télétravail par semaine et 1 semaine de télétravail par trimestre, plus 3 jours flexibles.",
    "Des Employee Resource Groups, avec des programmes de mentorat, des politiques d’accessibilité complètes et des formations aux compétences interculturelles.",
  ],
  additionalInfo: `Chez Back Market, nous nous engageons à recruter et à accompagner des équipes diverses, de tous horizons, expériences et points de vue — c’est l’une des raisons pour lesquelles nous sommes une entreprise certifiée B Corp avec un score élevé (93,2).

Quels que soient votre poste et votre niveau d’expérience, vous aurez un travail à impact et un vrai développement de carrière, dans un environnement innovant, ambitieux et rapide — avec les avantages qui vont avec.

Chez Back Market, nous voulons un lieu de travail à l’image du monde que nous cherchons à changer. Nos principes de diversité, d’équité et d’inclusion sont dans notre ADN — d’une équipe dédiée aux groupes de salariés, jusqu’à nos valeurs.

Nous savons que le parcours parfait ne fait pas toujours la personne idéale : postulez même si vous pensez ne pas avoir toutes les qualifications.

Si des aménagements raisonnables sont nécessaires pour les entretiens, n’hésitez pas à en parler à l’équipe Talent Acquisition.`,
  steps: [
    { order: 1, kind: "VIDEO_CALL", label: "Entretien RH", minutes: 30, withWhom: "La ou le Talent Acquisition Specialist", options: [] },
    {
      order: 2,
      kind: "ASSESSMENT",
      label: "Test technique (exercice à la maison avant l’entretien, ou étude de cas en direct pendant l’entretien technique)",
      minutes: 45,
      withWhom: "Le ou la manager direct·e",
      options: ["HOME_ASSIGNMENT", "LIVE_CASE_STUDY"],
    },
    { order: 3, kind: "VIDEO_CALL", label: "Entretien d’équipe", minutes: 30, withWhom: "Un autre membre de l’équipe", options: [] },
  ],
};

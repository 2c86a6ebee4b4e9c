import type { Catalogue } from "../catalogue";
import type { en } from "./en";

export const fr: Catalogue<typeof en> = {
  statuses: { NEW: "Nouvelle", REVIEWED: "Examinée", REJECTED: "Refusée", HIRED: "Recruté·e" },
  inbox: {
    title: "Candidatures",
    exportCsv: "Exporter en CSV",
    privacyLink: "Demandes sur les données personnelles",
    filterLabel: "Filtrer par statut",
    all: "Toutes",
    empty: "Aucune candidature ici pour l'instant.",
    columns: { candidate: "Candidat·e", posting: "Offre", status: "Statut", received: "Reçue", cv: "CV" },
    downloadCv: "Télécharger le CV",
    cvOf: (name: string) => ` de ${name}`,
    newCount: (count: number) => (count <= 1 ? ` (${count} nouvelle)` : ` (${count} nouvelles)`),
  },
  postingInbox: {
    metaTitle: "Candidatures d'une offre",
    title: (posting: string) => `Candidatures : ${posting}`,
  },
  application: {
    metaTitle: "Candidature",
    back: (posting: string) => `Candidatures : ${posting}`,
    summary: (status: string, received: string, formLanguage: string) => `${status} · reçue le ${received} · formulaire en ${formLanguage}`,
    formLanguage: { en: "anglais", fr: "français" },
    email: "E-mail",
    phone: "Téléphone",
    link: "Lien",
    cv: "CV",
    downloadCv: (filename: string, kilobytes: number) => `Télécharger le CV (${filename}, ${kilobytes} Ko)`,
    coverLetter: "Lettre de motivation",
    history: "Historique",
    formerUser: "un ancien utilisateur",
    noHistory: "Aucun changement pour l'instant.",
  },
  statusForm: {
    heading: "Statut et note",
    status: "Statut",
    note: "Note (facultative, visible de l'équipe de recrutement seulement)",
    save: "Enregistrer",
    changed: (status: string) => `Statut changé : ${status.toLowerCase()}.`,
    noteAdded: "Note ajoutée.",
  },
  privacy: {
    title: "Demandes sur les données personnelles",
    retention: (months: number) =>
      `Les candidatures sont supprimées ${months} mois après leur dernière modification (APPLICATION_RETENTION_MONTHS). Les candidats peuvent supprimer leur candidature avec le lien de leur e-mail de confirmation.`,
    exportHeading: "Exporter les données d'une personne",
    exportBody: "Télécharge un fichier JSON avec toutes les candidatures, CV, notes et e-mails de cette adresse.",
    email: "Adresse e-mail",
    download: "Télécharger le JSON",
    eraseHeading: "Effacer les données d'une personne",
    eraseBody: "Supprime toutes les candidatures, CV, notes et e-mails de cette adresse, sur toutes les offres. C'est définitif.",
    confirm: "Tapez ERASE pour confirmer",
    erase: "Effacer",
    erased: (applications: number, files: number, emails: number) => `Effacé : ${applications} candidature(s), ${files} fichier(s) et ${emails} e-mail(s).`,
    errors: {
      emailMissing: "Indiquez l'adresse e-mail de la personne.",
      emailShape: "Indiquez une adresse e-mail comme nom@exemple.com.",
      confirm: "Tapez ERASE pour confirmer.",
    },
  },
  emails: {
    title: "E-mails",
    smtp: "Les e-mails partent par le serveur SMTP configuré, avec de nouvelles tentatives en cas d'échec.",
    noSmtp: "Aucun serveur SMTP n'est configuré (SMTP_URL) : les e-mails sont enregistrés ici au lieu d'être envoyés.",
    statuses: { PENDING: "en attente", SENT: "envoyé(s)", RECORDED: "enregistré(s) (pas de serveur SMTP)", FAILED: "en échec" },
    none: "Aucun e-mail pour l'instant",
    attempts: (count: number) => `tentatives : ${count}`,
    to: (address: string) => `À : ${address}`,
    show: "Afficher le message",
  },
  notification: {
    subject: (title: string) => `Nouvelle candidature : ${title}`,
    body: (input: { title: string; name: string; url: string }) =>
      `${input.name} a postulé à « ${input.title} ».\nLisez la candidature et téléchargez le CV dans l'admin (connexion requise) :\n${input.url}`,
  },
};

import type { Catalogue } from "../catalogue";
import type { en } from "./en";

export const fr: Catalogue<typeof en> = {
  signIn: {
    generic: "Nous n'avons pas pu vous connecter avec cet e-mail et ce mot de passe. Vérifiez-les et réessayez, ou attendez 15 minutes si vous avez déjà essayé plusieurs fois.",
    missingFields: "Indiquez votre e-mail et votre mot de passe.",
    unavailable: "La connexion est indisponible pour le moment. Réessayez dans un instant.",
    email: "Indiquez votre adresse e-mail.",
    password: "Indiquez votre mot de passe.",
  },
  actions: {
    signedOut: "Votre session a pris fin. Reconnectez-vous pour continuer.",
    notAllowed: "Vous n'avez pas l'autorisation de faire cela.",
    nothingChanged: "Un problème est survenu et rien n'a été modifié. Réessayez.",
    checkFields: "Vérifiez les champs signalés.",
  },
  account: {
    passwordChanged: "Mot de passe changé. Vous restez connecté·e ici ; vos autres sessions ont pris fin.",
    otherSessionsEnded: (count: number) =>
      count === 0 ? "Vous n'aviez pas d'autre session." : count === 1 ? "1 autre session a pris fin." : `${count} autres sessions ont pris fin.`,
  },
  userForm: {
    enterPassword: "saisissez un mot de passe.",
    passwordMin: (min: number) => `utilisez au moins ${min} caractères.`,
    passwordMax: (max: number) => `utilisez au plus ${max} caractères.`,
    noControl: "retirez les caractères invisibles ou de contrôle.",
    enterEmail: "saisissez une adresse e-mail.",
    emailMax: "utilisez au plus 254 caractères.",
    emailInvalid: "saisissez une adresse e-mail valide, comme prenom@backmarket.com.",
    enterName: "saisissez un nom.",
    nameMax: "utilisez au plus 120 caractères.",
    chooseRole: "choisissez un rôle.",
    choosePasswordMode: "choisissez comment définir le mot de passe.",
    enterCurrentPassword: "saisissez votre mot de passe actuel.",
    repeatNewPassword: "saisissez à nouveau le nouveau mot de passe.",
    passwordsDiffer: "les deux nouveaux mots de passe diffèrent.",
    samePassword: "choisissez un mot de passe différent de l'actuel.",
  },
  userRefusals: {
    emailMissing: "E-mail : saisissez une adresse e-mail.",
    emailTaken: "E-mail : un utilisateur avec cette adresse existe déjà.",
    userGone: "Cet utilisateur n'existe plus.",
    lastAdmin: "Il doit rester au moins un admin actif. Nommez d'abord quelqu'un d'autre admin.",
    wrongCurrentPassword: "Mot de passe actuel : ce n'est pas votre mot de passe actuel.",
  },
  users: {
    created: (email: string, role: string) => `${email} peut désormais se connecter, rôle : ${role.toLowerCase()}.`,
    roleChanged: (role: string) => `Rôle changé : ${role.toLowerCase()}.`,
    disabled: "Compte désactivé : ses sessions ont pris fin.",
    enabled: "Compte réactivé : la personne se reconnecte (les sessions précédentes restent closes).",
    passwordReset: "Mot de passe réinitialisé : les sessions ouvertes de la personne ont pris fin.",
    signedOutEverywhere: (count: number) =>
      count === 0 ? "Aucune session ouverte." : `Déconnecté·e partout : ${count} ${count === 1 ? "session close" : "sessions closes"}.`,
  },
  cms: {
    forbidden: "Votre rôle ne le permet pas. Rien n'a été modifié.",
    notAssigned: "Vous ne faites pas partie des responsables du recrutement de cette offre. Demandez à un recruteur de vous y ajouter. Rien n'a été modifié.",
    conflict: "Quelqu'un d'autre a modifié cette offre depuis que vous l'avez ouverte. Votre texte est toujours dans le formulaire.",
    nothingChanged: "Rien n'a été modifié — réessayez.",
    signedOut: "Votre session a pris fin. Reconnectez-vous dans un autre onglet, puis réessayez : votre texte est toujours là. Rien n'a été modifié.",
    malformed: "Cette requête n'a pas été comprise. Rien n'a été modifié.",
    wrongStatus: (status: string, verb: string) => `Cette offre est à l'état « ${status.toLowerCase()} » : elle ne peut pas être ${verb}. Rien n'a été modifié.`,
    verbs: {
      scheduled: "programmée",
      movedBackToDraft: "remise en brouillon",
      approved: "approuvée",
      sentForReview: "envoyée en relecture",
      published: "publiée",
      unpublished: "dépubliée",
      archived: "archivée",
    },
  },
};

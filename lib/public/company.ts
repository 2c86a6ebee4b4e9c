// Back Market's facts as its postings state them (../shared/seeds), shown on the home page.
export const COMPANY = {
  name: "Back Market",
  url: "https://www.backmarket.com",
  mission: "Empowering people to consume tech sustainably.",
  pitch:
    "The world's leading refurbished electronics marketplace: a high-quality, accessible and more eco-friendly alternative to buying new.",
  figures: [
    { value: "650", label: "people on the team" },
    { value: "18", label: "countries, and counting" },
    { value: "1M+", label: "tonnes of CO2e avoided since 2014" },
    { value: "93.2", label: "B Corp score" },
  ],
  missionStatus:
    "Awarded the status of Société à Mission (a company with a social mission) by the French government.",
} as const;

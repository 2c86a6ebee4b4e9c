// Text the seed postings share, copied verbatim from the source postings
// (shared/seeds/*.txt) so the repository never reads ../shared at run time.

export const ABOUT_BACK_MARKET_EN = `Launched in November 2014 by Thibaud Hug de Larauze, Quentin Le Brouster, and Vianney Vaute, Back Market is the world’s leading refurbished electronics marketplace with a team of 650 people, powering operations in 18 countries (and counting!).

Named one of the World's Most Innovative Companies by Fast Company in 2019 and again in 2021, our mission is simple: empowering people to consume tech sustainably by offering folks a high quality, accessible, and more eco-friendly alternative to buying new electronics.

Why? Refurbished tech helps lower our collective environmental impact.
We have indeed contributed to avoid the production of more than 1M  tons of CO2e worldwide since our launch in 2014.

Be part of an exciting and growing international adventure that will change the way the world consumes tech.`;

export const HI_WE_ARE_BACK_MARKET_EN = `Hi, we’re Back Market.

We’re here to help make tech reliable, affordable, and better than new. We're a global marketplace for refurbished devices, helping lower our collective environmental impact by providing trustworthy, affordable tech with 92% less carbon emissions than new.

Yep, you read that right. Turns out refurbished tech is way better for the planet than new. In fact, With every device purchased on Back Market, our positive impact on the planet grows. From our Customer Care representatives to our software engineer, every individual at Back Market cuts the planet — and consumers — a break. Our mission is simple: to do more with what we already have.

Are you ready to join us?`;

// The apprentices' "WHY SHOULD YOU JOIN US?" bullets.
export const APPRENTICE_BENEFITS_EN = [
  "A mission driven work environment where your day to day makes an impact on the planet. Seriously.",
  "Hybrid work environment, with 2 remote days a week and 1 remote work week per quarter, plus 3 flex days.",
  "Employee Resource Groups, including mentorship programs, comprehensive accessibility policies, and cultural competency training.",
];

// The prose around those bullets (B Corp score, inclusion, accommodations). The
// source ends its second sentence "with benefits to match, like:" right before the
// bullets; the bullets are a separate list here, so the sentence ends with a full stop.
export const APPRENTICE_ADDITIONAL_INFO_EN = `At Back Market, we’re committed to hiring and supporting diverse teams of people from all backgrounds, experiences, and perspectives — it’s one of the reasons we’re such a high-scoring certified B Corp company (93.2).

No matter your role and seniority level, you’ll enjoy impact-driven work with hands-on career development in an innovative, driven, and fast-paced environment — with benefits to match.

At Back Market, we strive to create a workplace that embodies the world we’re trying to change. We’ve embedded our diversity, equity, and inclusion principles into our DNA — from dedicated staff to employee resource groups to our company values.

We know that the perfect background for a role doesn’t mean the perfect fit — we encourage you to apply for a role even if you think you may not have all the qualifications.

If reasonable accommodations are needed for the interview process, please do not hesitate to discuss this with the Talent Acquisition Team.`;

// Company-wide hybrid policy as the apprentices' postings state it.
export const HYBRID_REMOTE = {
  policy: "HYBRID",
  daysPerWeek: 2,
  note: "1 remote week per quarter, 3 flex days",
} as const;

// The sources give no apply link: Back Market's public job board is where these
// jobs were listed, so applications go there.
export const BACK_MARKET_JOB_BOARD = "https://www.welcometothejungle.com/fr/companies/back-market/jobs";

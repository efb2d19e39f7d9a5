// The guide in English: the same keys as help-vi.ts.
import type { Guide } from './help-vi.ts';

export const HELP_EN: Guide = {
  labels: {
    button: 'Help',
    title: 'Guide',
    role: 'Your work',
    purpose: 'This page is for',
    next: 'What comes next',
    law: 'The law and its deadline',
  },
  roles: {
    producer:
      'OCOP producer: register products, self-assess against the criteria (Form 02), prepare the dossier (Forms 01, 02 and evidence) and file it with the commune; follow the result and the certificate.',
    commune_officer:
      "Commune officer: receive producers' dossiers, check them, write Form 03 and forward them to the province within 15 working days (Art. 7.2).",
    province_office:
      'Provincial OCOP office: accept dossiers the communes forward, plan rounds and councils, prepare the recognition decision and issue certificates; inspect after certification and revoke when there are grounds (Art. 7, 8, 9).',
    province_council_chair:
      "Chair of the provincial council: runs the scoring, resolves spreads between members' scores and closes the scoring, approving the result (Art. 7.3.d).",
    province_council_member:
      'Member of the provincial council: scores each dossier against the criteria, independently, and submits the scorecard (Art. 7.3.d).',
    advisory_member:
      "Advisory team: reviews the dossiers, visits when needed and reports to the council's chair before scoring (Art. 7.3.c).",
    ministry_office:
      "Ministry's OCOP office: receives the provinces' 5★ proposals, plans national rounds and the central council, and prepares the Minister's recognition (Art. 7.4).",
    central_council_member: 'Member of the central council: scores dossiers proposed for 5★ (Art. 7.4).',
    admin: "Administrator: manages accounts, roles and users' administrative scopes.",
  },
  empty: {
    products: 'Register the first product: it can then be self-assessed and filed.',
    producers: "Register a producer (cooperative, company, household business) first, then the producer's products.",
    myDossiers: 'Open a dossier for a registered product, fill Forms 01 and 02 and file it with the commune.',
    queue: 'Dossiers waiting for you will show here; look at another queue or at the products.',
    users: 'Create staff accounts, or approve producers who registered themselves.',
    pending: 'Producers who register themselves wait here for approval.',
    history: 'Record results and certificates issued before OCOP Hub, one by one or from an Excel file.',
    certificates: 'Certificates appear with a recognition decision, or when past results are recorded.',
    decisions: "Decisions are recorded when a dossier's recognition or approval is recorded.",
    revocations: "Revocation proposals come from inspections, a commune's report or a consumer's report.",
  },
  emptyAction: {
    products: 'Register a product',
    producers: 'Register a producer',
    myDossiers: 'Open a dossier',
    queue: '',
    users: '',
    pending: '',
    history: '',
    certificates: '',
    decisions: '',
    revocations: '',
  },
  pages: {
    '/dashboard': {
      title: 'Dashboard',
      purpose: "Your unit's products, certificates in force and expiring, open dossiers and signals to act on.",
      next: 'Click a figure to open its list; deal with overdue dossiers first.',
    },
    '/queues': {
      title: 'Work queues',
      purpose: 'The dossiers waiting for you, by step of the procedure.',
      next: 'Open a dossier and take the offered step (receive, forward, put in a round…); late ones are in "Overdue".',
      law: 'The commune checks and forwards within 15 working days of receipt (Art. 7.2); the province checks on receipt (Art. 7.3.a).',
    },
    '/my-dossiers': {
      title: 'My dossiers',
      purpose: 'Your evaluation dossiers and where each stands.',
      next: 'Open a dossier for a product, fill Forms 01 and 02, attach evidence and file it. Then print and sign Form 01 and bring the samples to the commune.',
      law: 'What a dossier holds: Art. 6.1; the commune has 15 working days (Art. 7.2).',
    },
    '/dossiers': {
      title: 'Dossier',
      purpose: 'One dossier in full: forms, evidence, deadlines, its history and the steps you may take.',
      next: 'The buttons at the top are the steps open to you now; the current deadline shows with its article.',
      law: 'The provincial procedure: Art. 7; a certificate is valid 36 months (Art. 4.3).',
    },
    '/scoring': {
      title: 'Scoring',
      purpose: 'The dossiers your council scores, and who has submitted.',
      next: 'Open a dossier, score each criterion, save drafts as you go and submit when complete; a submitted card cannot be changed.',
      law: 'The council scores against the criteria (Art. 7.3.d, 7.4.d).',
    },
    '/rounds': {
      title: 'Rounds',
      purpose: "The year's evaluation rounds and each round's council.",
      next: 'Plan a round, record its council and advisory team, put accepted dossiers in it; close it once every dossier is decided.',
      law: 'Provincial rounds: Art. 5.1; national rounds: Art. 5.2; an extra round needs the rules and a plan.',
    },
    '/results': {
      title: 'Results',
      purpose: 'Evaluation results and the decisions recorded.',
      next: 'Export to Excel for reports; open a certificate to print it.',
      law: 'Recognition decisions and certificates (Art. 7.3.e, 7.4.e).',
    },
    '/history': {
      title: 'Past results',
      purpose: 'Record results and certificates issued before OCOP Hub.',
      next: 'Enter results one by one, or download the Excel template, fill it and upload it.',
    },
    '/certificates': {
      title: 'Certificate',
      purpose: "An OCOP certificate: its star, validity and today's status.",
      next: 'Print the certificate; watch the re-evaluation filing window.',
      law: 'Valid 36 months (Art. 4.3); the re-evaluation is filed 180 to 120 days before expiry (Art. 7.6.a).',
    },
    '/revocations': {
      title: 'Revocations',
      purpose: 'Revocation proposals waiting and revocation decisions.',
      next: 'Verify the grounds, then record the revocation decision or close the proposal with a reason.',
      law: 'Grounds: Art. 8.1; the decision within 15 days of the conclusion (Art. 8.4).',
    },
    '/certificate-reminders': {
      title: 'Certificate reminders',
      purpose: 'When producers and communes are reminded before a certificate expires.',
      next: 'Choose the reminders that suit the province.',
      law: 'The re-evaluation filing window (Art. 7.6.a).',
    },
    '/inspections': {
      title: 'Inspections',
      purpose: 'Plans and visits inspecting certified products, findings and their fixes.',
      next: 'Plan, record each checklist item; an unfixed finding may become a revocation proposal.',
      law: 'Periodic and unannounced inspections (Art. 9).',
    },
    '/public-reports': {
      title: 'Consumer reports',
      purpose: "Reports sent from the public register about the province's OCOP products.",
      next: 'Review each report: close it with a reason, or turn it into a revocation proposal.',
      law: 'Revocation proposals (Art. 8.3).',
    },
    '/stamps': {
      title: 'QR stamps',
      purpose: 'Print serial-numbered QR stamp sheets and follow the scans of each stamp.',
      next: 'Print sheets for products in force; implausibly frequent scans are flagged.',
    },
    '/reports': {
      title: 'Reports',
      purpose: "Your unit's standard reports as of a day, in Excel or PDF.",
      next: 'Choose the report, the unit and the day, then download.',
    },
    '/programme/plans': {
      title: 'OCOP plans',
      purpose: 'Yearly plans with targets whose progress is computed from the data.',
      next: 'Write the plan and its targets; follow progress during the year.',
    },
    '/programme/activities': {
      title: 'Activities',
      purpose: "The programme's training and trade-promotion activities.",
      next: 'Record an activity with its funds and participants.',
    },
    '/programme/funding': {
      title: 'Funding',
      purpose: "Support items, sources and producers' applications.",
      next: 'Review applications; the same item is never funded twice for one product.',
    },
    '/programme/cycle': {
      title: 'OCOP cycle',
      purpose: 'The steps before a dossier: surveys, ideas, business plans.',
      next: 'Record ideas and plans; an accepted idea can become a product.',
    },
    '/producers': {
      title: 'Producers',
      purpose: 'The producers (cooperatives, companies, households…) in your scope.',
      next: "Register a producer, then the producer's products.",
    },
    '/products': {
      title: 'Products',
      purpose: 'Products with their current star and certificate.',
      next: 'Register a product; it can then be self-assessed and filed.',
    },
    '/self-assessment': {
      title: 'Self-assessment',
      purpose: 'Score a product against the criteria to see its expected points and star.',
      next: 'Choose the product set and answer each criterion; the result shows at once. When ready, open a dossier in "My dossiers".',
      law: 'Stars by total points (Art. 3.3).',
    },
    '/criteria': {
      title: 'Criteria',
      purpose: 'The OCOP criteria for each product set.',
      next: 'Read the criteria and their points before self-assessing.',
    },
    '/users': {
      title: 'Users',
      purpose: 'Accounts, roles and administrative scopes.',
      next: 'Approve self-registered producer accounts; create staff accounts.',
    },
    '/import': {
      title: 'Import',
      purpose: "Import a province's existing producers, products and certificates from Excel.",
      next: 'Download the template, map the columns, dry-run, review rejected rows and commit.',
    },
  },
  fallback: {
    title: 'OCOP Hub',
    purpose: "Software for Vietnam's OCOP programme under Decision 26/2026/QĐ-TTg.",
    next: 'Choose an entry in the menu to start.',
  },
};

// Word pools of the load generator: people, organizations and places for the parties, and
// clinical profiles (body region, diagnoses, specialties, disputed items with their
// categories from lib/intake/treatment-categories.ts and an overturn rate) from which the
// SQL builds case facts, clinical summaries and rationales. Varied on purpose, so that the
// full-text search over published decisions has common and rare words to find.

export const FIRST_NAMES = [
  "James", "Maria", "Robert", "Linda", "Michael", "Patricia", "David", "Jennifer", "Jose", "Elizabeth", "Daniel", "Susan",
  "Juan", "Jessica", "Carlos", "Sarah", "Luis", "Karen", "Miguel", "Nancy", "Anthony", "Lisa", "Kevin", "Betty",
  "Brian", "Sandra", "George", "Ashley", "Edward", "Kimberly", "Ronald", "Donna", "Jorge", "Emily", "Francisco", "Michelle",
  "Kenneth", "Carol", "Steven", "Amanda", "Ricardo", "Melissa", "Thomas", "Deborah", "Eduardo", "Stephanie", "Raymond", "Rebecca",
  "Nguyen", "Laura", "Hector", "Sharon", "Victor", "Cynthia", "Samuel", "Angela", "Manuel", "Rosa", "Arturo", "Guadalupe",
  "Wei", "Mei", "Hiroshi", "Yuki", "Ahmed", "Fatima", "Ivan", "Olga", "Tuan", "Lan", "Rajesh", "Priya",
];

export const LAST_NAMES = [
  "Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera",
  "Gomez", "Diaz", "Reyes", "Cruz", "Morales", "Ortiz", "Gutierrez", "Chavez", "Ramos", "Ruiz", "Alvarez", "Mendoza",
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore",
  "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen",
  "Nguyen", "Tran", "Le", "Pham", "Kim", "Park", "Chen", "Wang", "Li", "Zhang", "Liu", "Huang",
  "Patel", "Singh", "Shah", "Khan", "Ali", "Tanaka", "Sato", "Yamamoto", "Petrosyan", "Hakobyan", "Ivanov", "Kowalski",
  "Okafor", "Mensah", "Haile", "Tesfaye", "Castillo", "Vargas", "Castro", "Jimenez", "Moreno", "Romero", "Herrera", "Medina",
];

export const EMPLOYERS = [
  "Golden State Logistics", "Central Valley Packing Co.", "Bay Area Transit", "Pacific Coast Builders", "Sunrise Medical Supply",
  "Sierra Foods Distribution", "Coastal Health Services", "Valley Unified School District", "Inland Empire Warehousing",
  "Mission Hospitality Group", "Redwood Construction Inc.", "San Joaquin Farms", "Harbor Freightways", "Delta Dairy Cooperative",
  "Orange County Transit Authority", "Los Angeles Garment Works", "Sacramento Home Care", "Fresno Citrus Growers", "Santa Clara Semiconductors",
  "Westside Grocery Markets", "Cal Roofing & Sheet Metal", "Monterey Bay Aquarium Services", "Riverside Auto Parts", "Kern County Oil Services",
  "Long Beach Port Services", "Napa Valley Vineyards", "Oakland Public Works", "San Diego Shipyards", "Ventura Nurseries", "Stockton Cold Storage",
  "Yolo County Sheriff's Office", "Pasadena Memorial Hospital", "Chico Lumber Mill", "Salinas Produce Packers", "Bakersfield Trucking Co.",
];

export const CLAIMS_ADMINISTRATORS = [
  "Pacific Coast Claims Services, Inc.", "Western States Adjusting", "State Compensation Insurance Fund", "Golden Eagle Claims Management",
  "Sierra Risk Services", "Cal Employers Claims Administration", "Keystone Adjusting Group", "Harbor Claims Solutions", "Summit Comp Administrators",
  "Redwood Risk Management", "Athens Workers Comp Services", "Valley Self-Insured Authority", "Coastline TPA", "Liberty Pacific Claims",
  "Orion Comp Services", "Bayside Claims Administration", "Republic Indemnity Claims", "Evergreen Claims Partners", "Trident Risk Administrators",
  "Mesa Workers Compensation Services",
];

export const UR_ORGANIZATIONS = [
  "Western UR Services LLC", "CompReview Medical Management", "Pacific Utilization Review", "Genex UR Services", "MedAssess Review Group",
  "Coastal UR Partners", "Allied Review Network", "Summit Utilization Management",
];

export const STREETS = [
  "Pacific Ave", "Main St", "Oak St", "El Camino Real", "Mission Blvd", "Broadway", "Orchard Rd", "Sunset Blvd", "Bayview Ct", "Vine St",
  "Alameda St", "Foothill Blvd", "Central Ave", "Harbor Dr", "Valley View Rd", "Cedar Ln", "Magnolia Ave", "Palm Dr", "Lincoln Ave", "Grand Ave",
];

export const CITIES = [
  "Stockton", "Modesto", "Oakland", "Fresno", "Sacramento", "Los Angeles", "San Jose", "San Diego", "Bakersfield", "Riverside",
  "Santa Ana", "Anaheim", "Long Beach", "Salinas", "Visalia", "Chico", "Redding", "Oxnard", "Ontario", "Pomona",
];

export const OCCUPATIONS = [
  "warehouse worker", "truck driver", "registered nurse", "construction laborer", "farm worker", "janitor", "bus driver", "teacher",
  "police officer", "cashier", "machine operator", "home health aide", "roofer", "electrician", "firefighter", "cook", "housekeeper",
  "forklift operator", "office clerk", "correctional officer", "carpenter", "mechanic", "packing line worker", "delivery driver",
];

export const MECHANISMS = [
  "lifting a heavy box", "a fall from a ladder", "a slip on a wet floor", "repetitive overhead work", "a motor vehicle accident at work",
  "pulling a pallet jack", "a fall from a loading dock", "repetitive keyboard and mouse work", "catching a falling object",
  "transferring a patient", "a twisting injury while carrying materials", "cumulative trauma from repetitive bending", "an assault at work",
];

/** share: how many cases in 100 have this profile. Items are "category|subcategory|overturn rate|description";
 *  {n} becomes a count of sessions, {q} of tablets. */
export type LoadProfile = { region: string; share: number; specialties: string[]; diagnoses: string[]; findings: string[]; items: string[] };

export const PROFILES: LoadProfile[] = [
  {
    region: "lumbar spine", share: 30, specialties: ["PMR", "ORTH", "PAIN", "NSURG", "OCC"],
    diagnoses: ["lumbar radiculopathy", "lumbar disc protrusion at L4-L5", "lumbar spondylosis", "chronic low back pain", "lumbar facet arthropathy", "spinal stenosis"],
    findings: ["positive straight leg raise on the left", "decreased sensation in the L5 dermatome", "paraspinal tenderness and spasm", "restricted lumbar flexion"],
    items: [
      "Injections|Epidural steroid injection|0.12|Lumbar epidural steroid injection L4-L5, one injection",
      "Injections|Epidural steroid injection|0.10|Transforaminal epidural steroid injection left L5-S1",
      "Injections|Facet medial branch block|0.14|Lumbar medial branch blocks L3, L4, L5 under fluoroscopy",
      "Physical medicine|Physical therapy|0.22|Physical therapy, {n} sessions for the lumbar spine",
      "Physical medicine|Chiropractic manipulation|0.16|Chiropractic manipulation, {n} visits",
      "Diagnostic testing|MRI|0.18|MRI of the lumbar spine without contrast",
      "Diagnostic testing|Electrodiagnostic studies (EMG/NCV)|0.15|EMG/NCV of the bilateral lower extremities",
      "Surgery|Spine surgery|0.08|L4-L5 microdiscectomy with inpatient stay of 1 day",
      "Surgery|Spine surgery|0.06|L5-S1 anterior lumbar interbody fusion",
      "Durable medical equipment|DME|0.11|Lumbar support brace",
    ],
  },
  {
    region: "cervical spine", share: 14, specialties: ["PMR", "PAIN", "ORTH", "NSURG", "NEURO"],
    diagnoses: ["cervical radiculopathy", "cervical spondylosis", "cervical facet syndrome", "cervical strain", "degenerative disc disease of the cervical spine"],
    findings: ["tenderness over the mid cervical facets", "reduced grip strength on the right", "restricted cervical rotation", "positive Spurling test on the left"],
    items: [
      "Injections|Facet medial branch block|0.15|Diagnostic medial branch blocks C3, C4, C5 under fluoroscopy",
      "Injections|Epidural steroid injection|0.11|Cervical interlaminar epidural steroid injection C6-C7",
      "Injections|Trigger point injection|0.09|Trigger point injections to the trapezius, {n} injections",
      "Physical medicine|Physical therapy|0.21|Physical therapy, {n} sessions for the neck",
      "Physical medicine|Acupuncture|0.17|Acupuncture, {n} sessions",
      "Diagnostic testing|MRI|0.19|MRI of the cervical spine",
      "Surgery|Spine surgery|0.07|C5-C6 anterior cervical discectomy and fusion",
    ],
  },
  {
    region: "shoulder", share: 12, specialties: ["ORTH", "PMR", "OCC"],
    diagnoses: ["rotator cuff tear", "shoulder impingement syndrome", "adhesive capsulitis", "labral tear of the shoulder", "acromioclavicular arthritis"],
    findings: ["positive Neer and Hawkins signs", "painful arc between 80 and 120 degrees", "weakness of external rotation", "reduced abduction to 110 degrees"],
    items: [
      "Surgery|Shoulder surgery|0.10|Right shoulder arthroscopy with subacromial decompression",
      "Surgery|Shoulder surgery|0.09|Left shoulder rotator cuff repair",
      "Physical medicine|Physical therapy|0.24|Post-operative physical therapy, {n} sessions for the shoulder",
      "Diagnostic testing|MRI|0.20|MR arthrogram of the right shoulder",
      "Other|Other|0.08|Subacromial corticosteroid injection",
      "Durable medical equipment|DME|0.12|Cold therapy unit, rental for {n} days",
    ],
  },
  {
    region: "knee", share: 10, specialties: ["ORTH", "PMR", "OCC", "FM"],
    diagnoses: ["medial meniscus tear", "osteoarthritis of the knee", "patellofemoral pain syndrome", "anterior cruciate ligament sprain", "chondromalacia patellae"],
    findings: ["medial joint line tenderness", "positive McMurray test", "a small effusion", "crepitus with flexion"],
    items: [
      "Surgery|Knee surgery|0.11|Left knee arthroscopy with partial medial meniscectomy",
      "Surgery|Knee surgery|0.07|Right total knee arthroplasty",
      "Physical medicine|Physical therapy|0.23|Physical therapy, {n} sessions for the knee",
      "Durable medical equipment|DME|0.13|Hinged knee brace",
      "Other|Other|0.09|Viscosupplementation injections to the knee, series of {n}",
      "Diagnostic testing|MRI|0.18|MRI of the left knee",
    ],
  },
  {
    region: "wrist and hand", share: 7, specialties: ["ORTH", "PLAS", "OCC", "NEURO"],
    diagnoses: ["carpal tunnel syndrome", "de Quervain tenosynovitis", "trigger finger", "lateral epicondylitis", "cubital tunnel syndrome"],
    findings: ["positive Tinel and Phalen signs", "thenar weakness", "tenderness over the first dorsal compartment", "numbness in the median nerve distribution"],
    items: [
      "Diagnostic testing|Electrodiagnostic studies (EMG/NCV)|0.16|EMG/NCV of the bilateral upper extremities",
      "Other|Other|0.12|Right carpal tunnel release",
      "Physical medicine|Physical therapy|0.20|Occupational therapy, {n} sessions for the hand",
      "Durable medical equipment|DME|0.14|Wrist splints, bilateral",
      "Physical medicine|Acupuncture|0.15|Acupuncture, {n} sessions for the wrist",
    ],
  },
  {
    region: "chronic pain", share: 15, specialties: ["PAIN", "PMR", "ANES", "IM", "FM"],
    diagnoses: ["chronic pain syndrome", "failed back surgery syndrome", "complex regional pain syndrome", "myofascial pain syndrome", "opioid dependence"],
    findings: ["pain of 7/10 without and 5/10 with medication", "no documented functional improvement", "consistent urine drug screens", "allodynia of the right foot"],
    items: [
      "Pharmaceuticals|Opioids|0.06|Tramadol ER 100 mg, #{q}",
      "Pharmaceuticals|Opioids|0.05|Oxycodone/acetaminophen 10/325 mg, #{q}",
      "Pharmaceuticals|Opioids|0.07|Hydrocodone/acetaminophen 5/325 mg, #{q}",
      "Pharmaceuticals|Muscle relaxants|0.08|Cyclobenzaprine 7.5 mg, #{q}",
      "Pharmaceuticals|Topical analgesics|0.10|Lidocaine 5% patches, #{q}",
      "Pharmaceuticals|Topical analgesics|0.09|Compounded topical cream (flurbiprofen, baclofen, lidocaine)",
      "Other|Other|0.12|Functional restoration program, {n} days",
      "Other|Other|0.11|Spinal cord stimulator trial",
    ],
  },
  {
    region: "psychological", share: 7, specialties: ["PSY", "NEURO"],
    diagnoses: ["major depressive disorder", "post-traumatic stress disorder", "adjustment disorder with anxiety", "insomnia secondary to chronic pain"],
    findings: ["a Beck Depression Inventory score of 31", "sleep of four hours a night", "panic attacks twice a week", "improving mood with therapy"],
    items: [
      "Psychological services|Psychotherapy|0.18|Cognitive behavioral therapy, {n} sessions",
      "Psychological services|Psychotherapy|0.16|Biofeedback, {n} sessions",
      "Other|Other|0.10|Zolpidem 10 mg, #{q}",
      "Other|Other|0.12|Sertraline 100 mg, #{q}",
      "Other|Other|0.14|Psychiatric follow-up visits, {n} visits",
    ],
  },
  {
    region: "head and brain", share: 5, specialties: ["NEURO", "PMR", "PSY"],
    diagnoses: ["post-concussion syndrome", "cervicogenic headache", "mild traumatic brain injury", "post-traumatic migraine"],
    findings: ["impaired short-term memory on testing", "photophobia", "normal neurological examination", "headaches four days a week"],
    items: [
      "Diagnostic testing|MRI|0.17|MRI of the brain with and without contrast",
      "Other|Other|0.09|Sumatriptan 50 mg, #{q}",
      "Other|Other|0.13|Neuropsychological testing",
      "Other|Other|0.08|Occipital nerve blocks, bilateral",
      "Other|Other|0.15|Vestibular rehabilitation, {n} sessions",
    ],
  },
];

/** Pharmacy-only (formulary) disputes draw from these. */
export const FORMULARY_ITEMS = PROFILES.flatMap((profile) => profile.items.filter((item) => item.startsWith("Pharmaceuticals|")));

export const SESSION_COUNTS = ["4", "6", "8", "10", "12", "18", "24"];
export const PILL_COUNTS = ["30", "60", "90", "120", "180"];

export const TREATMENT_HISTORY = [
  "Treatment to date has included physical therapy, NSAIDs and a home exercise program",
  "The patient completed 24 sessions of physical therapy with temporary relief",
  "Prior treatment included chiropractic care, acupuncture and activity modification",
  "Medications have included ibuprofen, gabapentin and topical creams",
  "The patient has been off work since the injury and remains on temporary total disability",
  "The patient returned to modified duty with lifting restrictions of 20 pounds",
  "An agreed medical evaluation found the condition permanent and stationary",
  "Conservative care over the past year has not produced lasting improvement",
];

export const UPHELD_REASONS = [
  "The records do not document objective functional improvement from prior treatment of the same kind",
  "The guideline criteria are not met: there is no documentation of failed conservative care for at least six weeks",
  "The requested quantity exceeds what the guideline recommends without a documented reassessment",
  "The examination findings do not corroborate the diagnosis on which the request is based",
  "The guideline does not recommend this treatment for chronic symptoms outside an acute exacerbation",
  "There is no documentation of a trial with clear goals and measurable outcomes",
  "The medical records do not show the screening and monitoring the guideline requires",
];

export const OVERTURNED_REASONS = [
  "The records document failed conservative care and findings consistent with the guideline criteria",
  "The patient had a documented improvement in function and pain with the prior course, which supports continuing it",
  "The imaging and examination findings correlate and the guideline supports the request in this setting",
  "The requested quantity is within the guideline's recommendation and the treating physician set clear goals",
  "The utilization review applied a guideline for acute symptoms, while the records describe a chronic condition the MTUS addresses directly",
];

export const QA_RETURN_COMMENTS = [
  "Please cite the guideline section and page for item 1.",
  "The clinical summary does not mention the UR decision date; please add it.",
  "The rationale for item 2 addresses a different body part; please correct.",
  "Please list the documents reviewed item by item.",
];

export const DECLINE_REASONS = [
  "Scheduling conflict this week",
  "I treated a patient with the same employer last year",
  "Outside my current practice focus",
  "On call at the hospital until the due date",
];

package org.waypoint.perf.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's words: names of people and programs, and the sentences notes, plans and
 * discharges are written from. Pure and deterministic: the same random source gives the same text.
 */
final class Words {

  private Words() {}

  static final List<String> FIRST =
      List.of(
          "Aaliyah",
          "Abel",
          "Adriana",
          "Aiden",
          "Alma",
          "Amara",
          "Andrés",
          "Anika",
          "Ari",
          "Beatriz",
          "Benjamin",
          "Bianca",
          "Caleb",
          "Camila",
          "Carmen",
          "Cedric",
          "Chloé",
          "Dalia",
          "Damien",
          "Daniela",
          "Darius",
          "Delia",
          "Eamon",
          "Elena",
          "Eli",
          "Emeka",
          "Esme",
          "Farah",
          "Felix",
          "Fiona",
          "Gabriel",
          "Grace",
          "Hana",
          "Hector",
          "Imani",
          "Inés",
          "Isaac",
          "Jada",
          "Jamal",
          "Jasper",
          "Jia",
          "Joaquín",
          "Jonah",
          "Kai",
          "Kamala",
          "Keanu",
          "Kiara",
          "Lena",
          "Leo",
          "Liam",
          "Lucía",
          "Luka",
          "Maeve",
          "Malik",
          "Marisol",
          "Mateo",
          "Maya",
          "Micah",
          "Mina",
          "Nadia",
          "Naomi",
          "Nico",
          "Noor",
          "Oliver",
          "Omar",
          "Paloma",
          "Priya",
          "Quinn",
          "Rafael",
          "Renée",
          "Rhea",
          "Rosa",
          "Rowan",
          "Sami",
          "Santiago",
          "Selin",
          "Sora",
          "Talia",
          "Tariq",
          "Tessa",
          "Theo",
          "Uma",
          "Valeria",
          "Wren",
          "Xavier",
          "Yara",
          "Yusuf",
          "Zoë",
          "Zara",
          "Arlo",
          "Björn",
          "Céline",
          "Dmitri",
          "Elif",
          "Greta",
          "Hugo",
          "Ivy",
          "Jonas",
          "Kofi");

  static final List<String> LAST =
      List.of(
          "Abara",
          "Adeyemi",
          "Alvarez",
          "Andersen",
          "Baker",
          "Banerjee",
          "Becker",
          "Bell",
          "Castillo",
          "Chen",
          "Clarke",
          "Cohen",
          "Dalton",
          "Díaz",
          "Dubois",
          "Edwards",
          "Ellison",
          "Fischer",
          "Flores",
          "Foster",
          "García",
          "Gómez",
          "Grant",
          "Hale",
          "Hansen",
          "Hughes",
          "Ibrahim",
          "Ito",
          "Jansen",
          "Jiménez",
          "Johnson",
          "Kaur",
          "Kim",
          "Kowalski",
          "Larsen",
          "Lee",
          "López",
          "Mahmoud",
          "Martín",
          "Mendoza",
          "Meyer",
          "Morales",
          "Müller",
          "Nakamura",
          "Navarro",
          "Nguyen",
          "Novak",
          "Obi",
          "Okafor",
          "O'Neill",
          "Ortiz",
          "Park",
          "Patel",
          "Pérez",
          "Price",
          "Quinn",
          "Ramírez",
          "Reyes",
          "Rivera",
          "Robinson",
          "Rossi",
          "Ruiz",
          "Sato",
          "Schmidt",
          "Shah",
          "Silva",
          "Singh",
          "Sørensen",
          "Suárez",
          "Tanaka",
          "Taylor",
          "Torres",
          "Tran",
          "Vargas",
          "Vega",
          "Wagner",
          "Walker",
          "Wang",
          "Weber",
          "Whitfield",
          "Wiśniewski",
          "Wong",
          "Yamamoto",
          "Young",
          "Zhang",
          "Zielinski",
          "Ahmed",
          "Brennan",
          "Costa",
          "Duarte",
          "Ekström",
          "Ferreira",
          "Haddad",
          "Ivanova",
          "Kovač",
          "Lindgren",
          "Mensah",
          "Petrov",
          "Santos",
          "Varga");

  static final List<String> PRONOUNS = List.of("she/her", "he/him", "they/them");

  private static final String[] PLACES = {
    "North", "South", "East", "West", "Riverside", "Lakeview", "Hillcrest", "Harbor", "Cedar"
  };

  private static final String[] LEVELS = {
    "Residential", "Partial Hospitalization", "Intensive Outpatient", "Outpatient"
  };

  static final String[] LEVEL_CODES = {
    "RESIDENTIAL", "PARTIAL_HOSPITALIZATION", "INTENSIVE_OUTPATIENT", "OUTPATIENT"
  };

  /**
   * @param index 0..19
   * @return e.g. "Residential North"
   */
  static String programName(int index) {
    return LEVELS[index % 4] + " " + PLACES[index / 4 % PLACES.length];
  }

  static String pick(SplittableRandom random, List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  static String pick(SplittableRandom random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  /** Sentences of the subjective or data part of a note. */
  static final String[] SAID = {
    "Client reports the week was harder than the last, with two nights of poor sleep.",
    "Client describes urges to self-harm after an argument at home and says the urges passed"
        + " within an hour.",
    "Client states they used the breathing exercise from the plan twice and it helped.",
    "Client says work has been steady and they reconnected with a friend from school.",
    "Client reports feeling flat most mornings and better in the afternoon.",
    "Client shared that the anniversary of a loss is next week and they are dreading it.",
    "Client reports no self-harm since the last session and is proud of that.",
    "Client says they stopped taking the evening medication for three days and restarted.",
    "Client describes a panic episode on the bus and leaving before their stop.",
    "Client reports spending more time with their sister and going for walks."
  };

  /** Sentences of the objective or behavior part. */
  static final String[] SEEN = {
    "Appeared tired; affect constricted, brightened when discussing their dog.",
    "Alert and oriented, speech normal in rate and volume, good eye contact.",
    "Fidgeting through the first half of the session, calmer by the end.",
    "Arrived ten minutes late, apologetic; engaged once settled.",
    "Tearful when describing the argument; able to use grounding with prompting.",
    "Well groomed, cooperative, thought process linear and goal directed.",
    "Healing superficial marks on the left forearm, no new injuries observed."
  };

  /** Sentences of the assessment, intervention or response part. */
  static final String[] THOUGHT = {
    "Risk remains moderate; protective factors include family contact and engagement in care.",
    "Progress toward goal 2 (using coping skills before acting on urges) is steady.",
    "Practiced opposite action and a chain analysis of Tuesday's urge; client completed it with"
        + " support.",
    "Reviewed the safety plan line by line; client added a new reason for living.",
    "Client responded well to validation and was able to name two early warning signs.",
    "Used motivational interviewing around medication adherence; client open to a schedule.",
    "Symptoms consistent with the working diagnosis; no psychotic features observed.",
    "Client identified the evening hours as the riskiest time and agreed to plan them."
  };

  /** Sentences of the plan part. */
  static final String[] NEXT = {
    "Continue weekly individual sessions; next session in seven days.",
    "Client will practice the breathing exercise daily and log urges in the diary card.",
    "Coordinate with the prescriber about sleep; review the plan at the next session.",
    "Family session in two weeks with client's consent.",
    "Check in by phone on Friday; client knows the crisis line number."
  };

  static String paragraph(SplittableRandom random, String[] sentences, int min, int max) {
    int n = min + random.nextInt(max - min + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(pick(random, sentences));
    }
    return text.toString();
  }

  static final String[] CLIENT_WORDS = {
    "Rough week but I got through it.",
    "I used the plan on Sunday night. It worked.",
    "Sleep is still bad.",
    "Better than last time, honestly.",
    "I don't really want to talk about it today.",
    "My sister came over and we cooked."
  };

  static final String[] WARNING_SIGNS = {
    "Staying in bed past noon",
    "Skipping meals",
    "Replaying arguments at night",
    "Pulling away from friends",
    "Thinking nobody would notice if I was gone"
  };

  static final String[] COPING = {
    "Go for a walk around the block", "Hold ice cubes", "Listen to my playlist",
    "Take a hot shower", "Box breathing for five minutes", "Write in my journal"
  };

  static final String[] DISTRACTIONS = {
    "Coffee shop on Main Street", "Call my cousin", "Library reading room", "Walk the dog"
  };

  static final String[] REASONS = {
    "My niece", "Finishing my degree", "My dog Biscuit", "Seeing the ocean again", "My grandmother"
  };

  static final String[] ADDENDUM_REASONS = {
    "Late information", "Correction", "Clarification", "Information from family"
  };

  static final String[] ADDENDUM = {
    "Client's mother called after the session to say the client had slept well for the first time"
        + " in a week.",
    "Correction: the session started at the recorded time but the client arrived late.",
    "Prescriber confirmed the dose change discussed in session.",
    "Client called to say the coping card was lost; a new one was printed and mailed."
  };

  static final String[] PROVIDERS = {
    "Lakeside Community Mental Health",
    "Dr. Hana Ito, psychiatry",
    "Riverside DBT Group",
    "Valley Family Clinic",
    "Northside Peer Support"
  };

  static final String[] DISCHARGE_REASONS = {
    "Treatment goals met; client ready for outpatient care.",
    "Client moving out of state; transferred to a program near family.",
    "Stepped down to a lower level of care after stable check-ins.",
    "Client chose to end treatment; plan reviewed and aftercare offered."
  };

  static final String[] RETURN_COMMENTS = {
    "Please add the risk observed and the plan for the weekend.",
    "The assessment does not mention the self-harm reported in the check-in.",
    "Start and end times do not match the schedule; please correct."
  };
}

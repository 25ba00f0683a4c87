package dev.parley.core.evidence;

/**
 * The event types of the PLOVER ontology (Open Event Data Alliance, manual draft 2.0), each with
 * its quad class.
 */
public enum PloverEvent {
  /** Agree to, promise or call for future cooperation, meetings or an end of conflict. */
  AGREE(QuadClass.VERBAL_COOPERATION),
  /** Meet, visit, telephone or mediate. */
  CONSULT(QuadClass.VERBAL_COOPERATION),
  /** Praise, endorse or express support. */
  SUPPORT(QuadClass.VERBAL_COOPERATION),
  /** Make a verbal concession: a declared ceasefire, an announced withdrawal, a dropped demand. */
  CONCEDE(QuadClass.VERBAL_COOPERATION),
  /** Cooperate materially: economic, military or judicial cooperation. */
  COOPERATE(QuadClass.MATERIAL_COOPERATION),
  /** Provide economic, military or humanitarian aid. */
  AID(QuadClass.MATERIAL_COOPERATION),
  /** Withdraw, release, disarm or implement a ceasefire. */
  RETREAT(QuadClass.MATERIAL_COOPERATION),
  /** Demand, request or appeal for assistance, a change, a concession or a meeting. */
  REQUEST(QuadClass.VERBAL_CONFLICT),
  /** Criticise, denounce, investigate or allege wrongdoing. */
  ACCUSE(QuadClass.VERBAL_CONFLICT),
  /** Reject a proposal, a demand or a meeting. */
  REJECT(QuadClass.VERBAL_CONFLICT),
  /** Threaten sanctions, force or other coercion. */
  THREATEN(QuadClass.VERBAL_CONFLICT),
  /** Demonstrate, riot, strike or boycott. */
  PROTEST(QuadClass.MATERIAL_CONFLICT),
  /** Impose sanctions, expel, break off relations or convict. */
  SANCTION(QuadClass.MATERIAL_CONFLICT),
  /** Mobilise or move troops, weapons or police. */
  MOBILIZE(QuadClass.MATERIAL_CONFLICT),
  /** Seize, arrest, restrict, censor or otherwise coerce without armed attack. */
  COERCE(QuadClass.MATERIAL_CONFLICT),
  /** Use armed force: attacks, fighting, bombing, invasion. */
  ASSAULT(QuadClass.MATERIAL_CONFLICT);

  private final QuadClass quadClass;

  PloverEvent(QuadClass quadClass) {
    this.quadClass = quadClass;
  }

  /** Returns the event type's quad class. */
  public QuadClass quadClass() {
    return quadClass;
  }

  /** The four broad classes of PLOVER (and CAMEO) events. */
  public enum QuadClass {
    /** Statements of cooperation. */
    VERBAL_COOPERATION,
    /** Cooperative acts. */
    MATERIAL_COOPERATION,
    /** Statements of conflict. */
    VERBAL_CONFLICT,
    /** Conflictual acts. */
    MATERIAL_CONFLICT
  }
}

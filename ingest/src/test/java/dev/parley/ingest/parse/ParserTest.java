package dev.parley.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The shipped model on sentences written for this test. */
class ParserTest {
  private static final Parser PARSER = Parser.shipped();

  private static DependencyTree parse(String sentence) {
    return PARSER.parse(Arrays.asList(sentence.split(" ")));
  }

  private static int index(DependencyTree tree, String form) {
    for (int i = 0; i < tree.size(); i++) {
      if (tree.form(i).equals(form)) {
        return i;
      }
    }
    throw new AssertionError("no word " + form + " in\n" + tree);
  }

  private static void assertClause(String sentence, String verb, String subject, String object) {
    DependencyTree tree = parse(sentence);
    int v = index(tree, verb);
    assertThat(tree.subjectOf(v))
        .as("subject of %s in%n%s", verb, tree)
        .isEqualTo(OptionalInt.of(index(tree, subject)));
    if (object == null) {
      assertThat(tree.objectOf(v)).as("object of %s in%n%s", verb, tree).isEmpty();
    } else {
      assertThat(tree.objectOf(v))
          .as("object of %s in%n%s", verb, tree)
          .isEqualTo(OptionalInt.of(index(tree, object)));
    }
  }

  @Test
  void simpleClauses_haveTheirSubjectAndObject() {
    assertClause("The minister rejected the proposal .", "rejected", "minister", "proposal");
    assertClause(
        "The negotiators from both sides signed a new agreement on Tuesday .",
        "signed",
        "negotiators",
        "agreement");
    assertClause(
        "Negotiators from both sides signed a new agreement on Tuesday .",
        "signed",
        "Negotiators",
        "agreement");
    assertClause("Farmers blocked the main road for three days .", "blocked", "Farmers", "road");
    assertClause("The talks collapsed after midnight .", "collapsed", "talks", null);
  }

  @Test
  void classJavadocExample_holds() {
    DependencyTree tree =
        Parser.shipped().parse(List.of("Envoys", "rejected", "the", "offer", "."));
    int verb = tree.root();

    assertThat(verb).isEqualTo(1);
    assertThat(tree.subjectOf(verb)).isEqualTo(OptionalInt.of(0));
  }

  @Test
  void negatedClause_isNegatedAndKeepsItsArguments() {
    DependencyTree tree = parse("The union did not accept the offer .");
    int accept = index(tree, "accept");

    assertThat(tree.root()).isEqualTo(accept);
    assertThat(tree.isNegated(accept)).isTrue();
    assertThat(tree.subjectOf(accept)).hasValue(index(tree, "union"));
    assertThat(tree.objectOf(accept)).hasValue(index(tree, "offer"));
    DependencyTree plain = parse("The union accepted the offer .");
    assertThat(plain.isNegated(index(plain, "accepted"))).isFalse();
  }

  @Test
  void reportedSpeech_isAClauseUnderTheSpeechVerb() {
    DependencyTree tree = parse("The spokesman said that the army would withdraw its troops .");
    int said = index(tree, "said");
    int withdraw = index(tree, "withdraw");

    assertThat(tree.root()).isEqualTo(said);
    assertThat(tree.subjectOf(said)).hasValue(index(tree, "spokesman"));
    assertThat(tree.head(withdraw)).isEqualTo(said);
    assertThat(tree.relation(withdraw)).isEqualTo("ccomp");
    assertThat(tree.subjectOf(withdraw)).hasValue(index(tree, "army"));
    assertThat(tree.objectOf(withdraw)).hasValue(index(tree, "troops"));
    assertThat(Arrays.stream(tree.auxiliariesOf(withdraw)).mapToObj(tree::form))
        .containsExactly("would");
    assertThat(tree.clauses()).containsExactly(said, withdraw);
    assertThat(tree.clauseOf(index(tree, "troops"))).isEqualTo(withdraw);
  }

  @Test
  void demandThatSomeoneAccept_keepsEachClausesOwnSubject() {
    DependencyTree tree = parse("The president demanded that the rebels accept the plan .");
    int demanded = index(tree, "demanded");
    int accept = index(tree, "accept");

    assertThat(tree.subjectOf(demanded)).hasValue(index(tree, "president"));
    assertThat(tree.relation(accept)).isEqualTo("ccomp");
    assertThat(tree.head(accept)).isEqualTo(demanded);
    assertThat(tree.subjectOf(accept)).hasValue(index(tree, "rebels"));
    assertThat(tree.objectOf(accept)).hasValue(index(tree, "plan"));
  }

  @Test
  void conditional_isAnAdverbialClauseOfTheModalPredicate() {
    DependencyTree tree = parse("If the embargo holds , prices could rise sharply .");
    int holds = index(tree, "holds");
    int rise = index(tree, "rise");

    assertThat(tree.root()).isEqualTo(rise);
    assertThat(tree.relation(holds)).isEqualTo("advcl");
    assertThat(tree.head(holds)).isEqualTo(rise);
    assertThat(Arrays.stream(tree.childrenWith(holds, "mark")).mapToObj(tree::form))
        .containsExactly("If");
    assertThat(Arrays.stream(tree.auxiliariesOf(rise)).mapToObj(tree::form))
        .containsExactly("could");
    assertThat(tree.subjectOf(rise)).hasValue(index(tree, "prices"));
  }

  @Test
  void passiveClause_hasAPassiveSubject() {
    DependencyTree tree = parse("The plan was approved by the council .");
    int approved = index(tree, "approved");

    assertThat(tree.isPassive(approved)).isTrue();
    assertThat(tree.subjectOf(approved)).hasValue(index(tree, "plan"));
    assertThat(tree.relation(index(tree, "plan"))).isEqualTo("nsubj:pass");
    assertThat(tree.objectOf(approved)).isEmpty();
  }

  @Test
  void coordinatedVerbs_shareTheFirstSubject() {
    DependencyTree tree = parse("The delegates met in Geneva and agreed on a ceasefire .");
    int agreed = index(tree, "agreed");

    assertThat(tree.relation(agreed)).isEqualTo("conj");
    assertThat(tree.subjectOf(agreed)).hasValue(index(tree, "delegates"));
  }

  @Test
  void typographicQuotesAndApostrophes_parseAsPlainOnes() {
    DependencyTree curly = parse("“ We will not sign , ” the minister ’s aide said .");
    DependencyTree plain = parse("\" We will not sign , \" the minister 's aide said .");

    for (int i = 0; i < plain.size(); i++) {
      assertThat(curly.head(i)).as("head of %s", plain.form(i)).isEqualTo(plain.head(i));
      assertThat(curly.relation(i))
          .as("relation of %s", plain.form(i))
          .isEqualTo(plain.relation(i));
      assertThat(curly.tag(i)).as("tag of %s", plain.form(i)).isEqualTo(plain.tag(i));
    }
    assertThat(curly.form(9)).isEqualTo("’s");
  }

  @Test
  void everyTree_isATreeWithOneRoot() {
    for (String sentence :
        List.of(
            "Prices rose .",
            "Why ?",
            "The committee , which met on Monday , will report to parliament next month .",
            ", , , . . .",
            "on on on on on the the the")) {
      DependencyTree tree = parse(sentence);
      int roots = 0;
      for (int i = 0; i < tree.size(); i++) {
        if (tree.head(i) < 0) {
          roots++;
          assertThat(tree.relation(i)).isEqualTo("root");
        } else {
          assertThat(tree.head(i)).isBetween(0, tree.size() - 1).isNotEqualTo(i);
        }
        int w = i;
        for (int steps = 0; w >= 0; steps++, w = tree.head(w)) {
          assertThat(steps)
              .as("no cycle through %d in%n%s", i, tree)
              .isLessThanOrEqualTo(tree.size());
        }
      }
      assertThat(roots).as(sentence).isEqualTo(1);
      assertThat(tree.subtree(tree.root())).hasSize(tree.size());
    }
  }

  @Test
  void emptySentence_givesAnEmptyTree() {
    DependencyTree tree = PARSER.parse(List.of());

    assertThat(tree.size()).isZero();
    assertThat(tree.root()).isEqualTo(-1);
  }

  @Test
  void givenTags_areKept() {
    List<String> tokens = List.of("Talks", "resume", "today");
    DependencyTree tree = PARSER.parse(tokens, List.of(Upos.NOUN, Upos.VERB, Upos.NOUN));

    assertThat(tree.tag(1)).isEqualTo(Upos.VERB);
    assertThatThrownBy(() -> PARSER.parse(tokens, List.of(Upos.NOUN)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shippedModel_carriesTheTreebanksAttributionAndLicence() {
    assertThat(PARSER.header())
        .contains("Universal Dependencies English Web Treebank v2.15")
        .contains("Silveira et al.")
        .contains("Leland Stanford Junior University")
        .contains("Creative Commons Attribution-ShareAlike 4.0")
        .contains("trained on CC BY-SA 4.0 data");
  }

  @Test
  void model_writtenAndReadBack_parsesAlike() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PARSER.write(bytes);
    Parser again = Parser.read(new ByteArrayInputStream(bytes.toByteArray()));

    String sentence = "The mediators expect a reply from both governments by Friday .";
    assertThat(again.parse(List.of(sentence.split(" ")))).isEqualTo(parse(sentence));
    ByteArrayOutputStream twice = new ByteArrayOutputStream();
    again.write(twice);
    assertThat(twice.toByteArray()).isEqualTo(bytes.toByteArray());
    try (java.io.InputStream shipped = Parser.class.getResourceAsStream(Parser.RESOURCE)) {
      assertThat(shipped).isNotNull();
      assertThat(bytes.toByteArray()).isEqualTo(shipped.readAllBytes());
    }
  }

  @Test
  void read_notAModel_isAnIOException() {
    assertThatThrownBy(() -> Parser.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
        .isInstanceOf(IOException.class);
  }
}

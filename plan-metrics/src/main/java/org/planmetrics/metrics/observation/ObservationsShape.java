package org.planmetrics.metrics.observation;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.JsonPointers;
import org.planmetrics.model.json.JsonWords;
import org.planmetrics.model.json.JsonWords.JsonType;
import org.planmetrics.model.json.JsonWords.Name;
import org.planmetrics.model.json.PlanJson;

/**
 * A JSON document of observations held against the types it must become, with every problem
 * found at once, for {@link ObservationsJson}: each unknown field, missing field, value of the
 * wrong JSON type, value outside its list or form, null, and number beyond {@link
 * ObservationsJson#MAX_NUMBER_SCALE} digits, each at its pointer, for example {@code
 * /projects/3/investment} [wrong-type] "'investment'(总投资额)须为数字,
 * 实为'abc'".
 *
 * <p>Jackson stops binding at the first failure, so a body with three bad cells was answered
 * with one. This walk reads the tree against the members of the types instead (their names,
 * types and whether they must be there, as Jackson reads them from the types' annotations) and
 * goes on after each problem. So that the rest of the body can still be bound and checked against
 * the plan, it repairs the tree where it refuses a value: an unknown field or a refused optional
 * value is removed, a refused or missing required value is replaced by a stand-in of its type (0,
 * false, the date 0001-01-01, the value's own pointer as text, an empty list). {@link
 * Result#covers} then says which checks of the plan would be about a stand-in, and those are
 * dropped: a stand-in is never reported as if it were the caller's.
 *
 * <p>The values' builders refuse what breaks their own rules, and the observations' builder what
 * breaks the rules of the whole, so the walk checks those too ({@link ProjectRules}, {@link
 * RankRules}, {@link TeamRules} for each value, then {@link ObservationRules}), through the same
 * rules the builders run: it notes each rule broken (unless it is about a stand-in: a missing
 * count stood in as 0 is missing, not below 1) and sets the values aside as the rules' own
 * stand-ins do, so that the repaired tree always binds.
 *
 * <p>What it accepts is what the reader accepts: a string only as a string, a number only as a
 * number, a whole number without a fraction or exponent and within an {@code int}, a date only as
 * a plain {@code YYYY-MM-DD} that exists ({@link PlanJson#plainDate}), an enum by its exact name.
 */
final class ObservationsShape {

  /** One member of a type as its JSON has it: name, type, and whether it must be given. */
  private record Member(String name, JavaType type, boolean required) {}

  /** Reads the types' annotations; a copy of its own, never configured. */
  private static final ObjectMapper TYPES = PlanJson.mapper();

  /** The members of each type, in the type's order. */
  private static final ClassValue<Map<String, Member>> MEMBERS = new ClassValue<>() {
    @Override
    protected Map<String, Member> computeValue(Class<?> type) {
      Map<String, Member> members = new LinkedHashMap<>();
      for (BeanPropertyDefinition property : TYPES.getSerializationConfig()
          .introspect(TYPES.constructType(type)).findProperties()) {
        members.put(property.getName(), new Member(property.getName(),
            property.getPrimaryType(), property.isRequired()));
      }
      return members;
    }
  };

  /** What each type's objects are called in a message about a field they do not have. */
  private static final Map<Class<?>, LocalizedText> OWNERS = Map.of(
      Observations.class, LocalizedText.of("观测数据", "the observations"),
      LedgerProject.class, LocalizedText.of("项目", "a project"),
      LoggedEvent.class, LocalizedText.of("活动记录", "an event"),
      RosterTeam.class, LocalizedText.of("组团", "a team"),
      PeerFigures.class, LocalizedText.of("同级单位数据", "a peer's figures"),
      PublishedRanks.class, LocalizedText.of("公布位次", "published ranks"),
      LocalizedText.class, LocalizedText.of("名称", "a name"));

  /**
   * Whether two JSON values are the same value: numbers by their value, so that a stand-in's 50.0
   * does not replace the caller's 50 (nor say it was set aside).
   */
  private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
      ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

  /** A team's units and tasks, as {@link TeamRules} takes them. */
  private static final TypeReference<List<String>> UNITS = new TypeReference<>() {};
  private static final TypeReference<Map<String, Map<String, BigDecimal>>> TASKS =
      new TypeReference<>() {};

  /** A pointer whose repair may have changed a roster team's id. */
  private static final Pattern ROSTER_ID = Pattern.compile("/teams(/\\d+(/id)?)?");

  /** The stand-in for a refused or missing date: before any plan, so no order check trips. */
  private static final String STAND_IN_DATE = "0001-01-01";

  /**
   * The most problems kept: 1,000. A body of 1 MiB can hold 70,000 nulls, each a problem in two
   * languages, about 35 MB if all were kept; an answer lists 100, and the rest are counted.
   */
  static final int MAX_PROBLEMS = 1000;

  private final List<Violation> problems = new ArrayList<>();
  private long found;
  private final Set<String> repaired = new HashSet<>();
  /** The pointers set aside for a rule of their own, apart from those refused for their form. */
  private final Set<String> setAsideForRules = new HashSet<>();
  private final List<Violation> ruleProblems = new ArrayList<>();

  private ObservationsShape() {}

  /**
   * What the walk found: {@code problems} in document order (an object's missing members after
   * its others, in the type's order), the first {@link #MAX_PROBLEMS} of the {@code found}, and
   * the pointers it {@code repaired}; and the {@code ruleProblems} of values that have the form of
   * their type but break its own rules ({@link ProjectRules}, {@link RankRules}, {@link
   * TeamRules}), then of the document that breaks those of the whole ({@link ObservationRules}),
   * whose values it also set aside. Those are problems of the data rather than of its form, as
   * the checks against the plan are, and are counted apart. For observations, the walk builds
   * them from the repaired tree as it checks the rules of the whole, and gives them as {@code
   * built}, so that they are not bound twice; empty for another type, or where binding failed.
   */
  record Result(List<Violation> problems, long found, Set<String> repaired,
      List<Violation> ruleProblems, Optional<Observations> built) {

    /**
     * Whether {@code pointer} is at or inside a value the walk removed or stood in for, so that
     * a check's finding there is about the stand-in, not the caller's data. It looks up the
     * pointer and each value holding it, so that 50,000 findings against 70,000 repairs cost
     * 50,000 short walks, not their product.
     */
    boolean covers(String pointer) {
      return ObservationsShape.covers(repaired, pointer);
    }
  }

  /** Whether {@code pointer} is at or inside one of {@code repaired}. */
  private static boolean covers(Set<String> repaired, String pointer) {
    for (String at = pointer; ; at = JsonPointers.parent(at)) {
      if (repaired.contains(at)) {
        return true;
      }
      if (at.isEmpty()) {
        return false;
      }
    }
  }

  /**
   * Every problem of {@code body} as a {@code type}, repairing {@code body} in place so that it
   * binds.
   */
  static Result check(ObjectNode body, Class<?> type) {
    ObservationsShape shape = new ObservationsShape();
    shape.object(body, TYPES.constructType(type), Where.ROOT);
    Optional<Observations> built = type == Observations.class
        ? shape.observationRules(body) : Optional.empty();
    Set<String> repaired = new HashSet<>(shape.repaired);
    repaired.addAll(shape.setAsideForRules);
    return new Result(List.copyOf(shape.problems), shape.found, Set.copyOf(repaired),
        List.copyOf(shape.ruleProblems), built);
  }

  /**
   * Checks {@code node} as a {@code type}; returns it, repaired inside if need be, or null if it
   * is refused whole (the caller removes it or stands in for it). {@code place} says how a
   * message names it.
   */
  private JsonNode value(JsonNode node, JavaType declared, Where pointer, Place place) {
    JavaType type = declared.isReferenceType() ? declared.getReferencedType() : declared;
    Class<?> raw = type.getRawClass();
    if (node.isNull()) {
      // Observations have no nullable fields: an optional one is left out instead.
      Name name = name(pointer.toString(), place);
      return refuse(() -> ObservationChecks.violation(pointer.toString(), "null-value",
          name.en() + " must not be null; leave an optional field out instead",
          name.zh() + "不得为null;可选字段不填时请整个删去", null));
    }
    if (type.isMapLikeType()) {
      return node.isObject() ? map((ObjectNode) node, type.getContentType(), pointer)
          : wrongType(node, JsonType.OBJECT, pointer, place);
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      return node.isArray() ? array((ArrayNode) node, type.getContentType(), pointer)
          : wrongType(node, JsonType.ARRAY, pointer, place);
    }
    if (raw == String.class) {
      return node.isTextual() ? node : wrongType(node, JsonType.STRING, pointer, place);
    }
    if (raw == BigDecimal.class) {
      return number(node, pointer, place);
    }
    if (raw == int.class || raw == Integer.class) {
      if (!node.isNumber()) {
        return wrongType(node, JsonType.WHOLE_NUMBER, pointer, place);
      }
      if (!node.isIntegralNumber()) {
        return invalid(node, "must be " + JsonType.WHOLE_NUMBER.en(),
            "须为" + JsonType.WHOLE_NUMBER.zh(), pointer, place);
      }
      return node.canConvertToInt() ? node : invalid(node,
          "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
          "须为" + Integer.MIN_VALUE + "至" + Integer.MAX_VALUE + "之间的整数", pointer, place);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return node.isBoolean() ? node : wrongType(node, JsonType.BOOLEAN, pointer, place);
    }
    if (raw == LocalDate.class) {
      if (node.isTextual() || node.isNumber()) {
        return node.isTextual() && PlanJson.plainDate(node.asText()).isPresent() ? node
            : invalid(node, "must be " + JsonType.DATE.en(), "须为" + JsonType.DATE.zh()
                + "(且该日存在)", pointer, place);
      }
      return wrongType(node, JsonType.DATE, pointer, place);
    }
    if (raw.isEnum()) {
      if (!node.isTextual()) {
        return wrongType(node, JsonType.STRING, pointer, place);
      }
      List<String> names = Arrays.stream(raw.getEnumConstants())
          .map(c -> ((Enum<?>) c).name()).toList();
      return names.contains(node.asText()) ? node : refuse(() -> JsonWords.notOneOf(
          pointer.toString(), name(pointer.toString(), place), names, node));
    }
    if (MEMBERS.get(raw).isEmpty()) {
      // A type this walk does not know: the reader decides.
      return node;
    }
    return node.isObject() ? object((ObjectNode) node, type, pointer)
        : wrongType(node, JsonType.OBJECT, pointer, place);
  }

  /** A figure: a JSON number of at most {@link ObservationsReader#MAX_NUMBER_SCALE} digits. */
  private JsonNode number(JsonNode node, Where pointer, Place place) {
    if (!node.isNumber()) {
      return wrongType(node, JsonType.NUMBER, pointer, place);
    }
    BigDecimal number = node.decimalValue();
    int max = ObservationsJson.MAX_NUMBER_SCALE;
    if (Math.abs(number.scale()) <= max && number.precision() <= max) {
      return node;
    }
    String shown = JsonWords.shortened(node.asText());
    Name name = name(pointer.toString(), place);
    return refuse(() -> ObservationChecks.violation(pointer.toString(), "number-out-of-range",
        name.en() + " must have at most " + max + " digits and an exponent within ±" + max
            + " but was " + shown,
        name.zh() + "最多" + max + "位有效数字,指数须在±" + max + "以内,实为" + shown, shown));
  }

  private JsonNode wrongType(JsonNode node, JsonType expected, Where pointer, Place place) {
    return refuse(() -> JsonWords.wrongType(pointer.toString(), name(pointer.toString(), place),
        List.of(expected), node));
  }

  private JsonNode invalid(JsonNode node, String mustEn, String mustZh, Where pointer,
      Place place) {
    return refuse(() -> JsonWords.invalid(pointer.toString(), name(pointer.toString(), place), mustEn,
        mustZh, node));
  }

  private JsonNode object(ObjectNode object, JavaType type, Where pointer) {
    Map<String, Member> members = MEMBERS.get(type.getRawClass());
    LocalizedText owner = OWNERS.getOrDefault(type.getRawClass(),
        LocalizedText.of("此处对象", "this object"));
    // Removed after the loop; replacing a member's value while it runs is safe, removing it not.
    List<String> removed = null;
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      String field = entry.getKey();
      Where at = pointer.member(field);
      Member member = members.get(field);
      if (member == null) {
        note(() -> JsonWords.unknownField(at.toString(), owner.en(), owner.zh()));
        removed = removed == null ? new ArrayList<>() : removed;
        removed.add(field);
        continue;
      }
      JsonNode kept = value(entry.getValue(), member.type(), at, Place.MEMBER);
      if (kept == null) {
        repaired.add(at.toString());
        if (member.required()) {
          entry.setValue(standIn(member.type(), at.toString()));
        } else {
          removed = removed == null ? new ArrayList<>() : removed;
          removed.add(field);
        }
      }
    }
    if (removed != null) {
      object.remove(removed);
    }
    for (Member member : members.values()) {
      if (member.required() && !object.has(member.name())) {
        Where at = pointer.member(member.name());
        note(() -> JsonWords.missingField(at.toString(), fieldName(member.name())));
        repaired.add(at.toString());
        object.set(member.name(), standIn(member.type(), at.toString()));
      }
    }
    ownRules(object, type.getRawClass(), pointer::toString);
    return object;
  }

  /**
   * Notes every rule of its own the object {@code object} of type {@code type} breaks ({@link
   * ProjectRules}, {@link RankRules}, {@link TeamRules}), and sets the values aside so that it
   * can be built. Its members are already of their types here, refused ones stood in for or
   * removed; and a stand-in goes through here too, so that it keeps the rules (a stand-in count
   * of 0 would not).
   */
  private void ownRules(ObjectNode object, Class<?> type, Supplier<String> pointer) {
    if (type == LedgerProject.class) {
      projectRules(object, pointer);
    } else if (type == PublishedRanks.class) {
      Checked<PublishedRanks> checked = RankRules.checked(object.get("totalRank").intValue(),
          object.get("growthRank").intValue(), object.get("peerCount").intValue());
      if (!checked.isAsGiven()) {
        setAside(object, pointer.get(), checked.broken(), TYPES.valueToTree(checked.value()),
            MEMBERS.get(type).keySet());
      }
    } else if (type == RosterTeam.class) {
      Checked<RosterTeam> checked = TeamRules.checked(object.get("id").asText(),
          LocalizedText.of(object.at("/name/zh").asText(), object.at("/name/en").asText()),
          object.has("units") ? TYPES.convertValue(object.get("units"), UNITS) : List.of(),
          object.has("tasks") ? TYPES.convertValue(object.get("tasks"), TASKS) : Map.of());
      if (!checked.isAsGiven()) {
        setAside(object, pointer.get(), checked.broken(), TYPES.valueToTree(checked.value()),
            MEMBERS.get(type).keySet());
      }
    }
  }

  private void projectRules(ObjectNode project, Supplier<String> pointer) {
    ProjectRules.Figures given = new ProjectRules.Figures(date(project, "pipelineOn"),
        date(project, "signedOn"), date(project, "startedOn"), date(project, "producingOn"),
        project.get("investment").decimalValue());
    Optional<BigDecimal> paidIn = Optional.ofNullable(project.get("paidIn"))
        .filter(JsonNode::isNumber).map(JsonNode::decimalValue);
    Optional<BigDecimal> foreignCapital = Optional.ofNullable(project.get("foreignCapital"))
        .filter(JsonNode::isNumber).map(JsonNode::decimalValue);
    List<BrokenRule> broken = ProjectRules.broken(given, paidIn, foreignCapital);
    if (broken.isEmpty()) {
      return;
    }
    ProjectRules.Figures figures = ProjectRules.standIns(given);
    ObjectNode standIn = JsonNodeFactory.instance.objectNode();
    figures.pipelineOn().ifPresent(date -> standIn.put("pipelineOn", date.toString()));
    figures.signedOn().ifPresent(date -> standIn.put("signedOn", date.toString()));
    figures.startedOn().ifPresent(date -> standIn.put("startedOn", date.toString()));
    figures.producingOn().ifPresent(date -> standIn.put("producingOn", date.toString()));
    standIn.put("investment", figures.investment());
    ProjectRules.notNegative(paidIn).ifPresent(amount -> standIn.put("paidIn", amount));
    ProjectRules.notNegative(foreignCapital).ifPresent(amount ->
        standIn.put("foreignCapital", amount));
    setAside(project, pointer.get(), broken, standIn, List.of("pipelineOn", "signedOn",
        "startedOn", "producingOn", "investment", "paidIn", "foreignCapital"));
  }

  /**
   * Notes every rule of {@link ObservationRules} the document {@code body} breaks, once each of
   * its values keeps its own, and sets aside the value at each rule's pointer as the stand-ins
   * do: a key that is no period, or a period given again, removed; an id given again replaced; a
   * team that no roster team has removed from its project or event. An unknown team is not
   * reported while a roster id is refused for its form: the project may name that team. Returns
   * the observations built, with the stand-ins.
   */
  private Optional<Observations> observationRules(ObjectNode body) {
    ObservationRules.Parts parts;
    try {
      parts = TYPES.treeToValue(body, ObservationRules.Parts.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // Every value was made buildable; should one not be, binding the whole reports it.
      return Optional.empty();
    }
    Checked<Observations> checked = ObservationRules.checked(parts);
    if (checked.isAsGiven()) {
      return Optional.of(checked.value());
    }
    boolean rosterIdRefused = rosterIdRefused();
    JsonNode standIn = TYPES.valueToTree(checked.value());
    for (BrokenRule rule : checked.broken()) {
      String at = "/" + rule.field();
      if (!covers(repaired, at) && !covers(setAsideForRules, at)
          && !(rosterIdRefused && rule.rule().equals("unknown-team"))) {
        ruleProblems.add(rule.violation(JsonPointers.ROOT));
      }
    }
    for (BrokenRule rule : checked.broken()) {
      String at = "/" + rule.field();
      setAsideForRules.add(at);
      JsonPointer pointer = JsonPointer.compile(at);
      JsonNode holder = body.at(pointer.head());
      JsonNode kept = standIn.at(pointer);
      if (holder instanceof ObjectNode object) {
        String member = pointer.last().getMatchingProperty();
        if (kept.isMissingNode()) {
          object.remove(member);
        } else {
          object.set(member, kept);
        }
      }
    }
    return Optional.of(checked.value());
  }

  /** Whether the id of a roster team, or more, was refused for its form. */
  private boolean rosterIdRefused() {
    return repaired.stream().anyMatch(at -> ROSTER_ID.matcher(at).matches());
  }

  private static Optional<LocalDate> date(ObjectNode object, String field) {
    JsonNode node = object.get(field);
    return node == null ? Optional.empty() : Optional.of(LocalDate.parse(node.asText()));
  }

  /**
   * Notes each rule of {@code broken} the value at {@code pointer} breaks as a rule problem (a
   * problem of the data, not of its form), unless it is about a value already set aside: ranks
   * whose missing count stood in as 0 are reported as missing, not as a count below 1. Then sets
   * each of {@code members} to what {@code standIn}, a value that keeps the rules, has for it,
   * removing those it has none for: a stand-in may change more than the rules name (ranks of 0
   * among 0 become ranks of 1 among 1).
   */
  private void setAside(ObjectNode object, String pointer, List<BrokenRule> broken,
      ObjectNode standIn, Collection<String> members) {
    for (BrokenRule rule : broken) {
      String at = pointer + "/" + rule.field();
      if (!covers(repaired, at) && !covers(setAsideForRules, at)) {
        ruleProblems.add(rule.violation(pointer));
      }
    }
    for (BrokenRule rule : broken) {
      setAsideForRules.add(pointer + "/" + rule.field());
    }
    for (String member : members) {
      JsonNode given = object.get(member);
      JsonNode kept = standIn.get(member);
      if (kept == null ? given != null : given == null || !kept.equals(SAME_VALUE, given)) {
        setAsideForRules.add(JsonPointers.append(pointer, member));
        if (kept == null) {
          object.remove(member);
        } else {
          object.set(member, kept);
        }
      }
    }
  }

  private JsonNode map(ObjectNode map, JavaType valueType, Where pointer) {
    for (Map.Entry<String, JsonNode> entry : map.properties()) {
      Where at = pointer.member(entry.getKey());
      if (value(entry.getValue(), valueType, at, Place.KEY) == null) {
        repaired.add(at.toString());
        entry.setValue(standIn(valueType, at.toString()));
      }
    }
    return map;
  }

  private JsonNode array(ArrayNode array, JavaType itemType, Where pointer) {
    for (int i = 0; i < array.size(); i++) {
      Where at = pointer.item(i);
      if (value(array.get(i), itemType, at, Place.ITEM) == null) {
        repaired.add(at.toString());
        array.set(i, standIn(itemType, at.toString()));
      }
    }
    return array;
  }

  /** Notes the problem {@code problem} makes; the value it is about is refused. */
  private JsonNode refuse(Supplier<Violation> problem) {
    note(problem);
    return null;
  }

  /** Counts a problem, and keeps it while fewer than {@link #MAX_PROBLEMS} are kept. */
  private void note(Supplier<Violation> problem) {
    found++;
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(problem.get());
    }
  }

  /**
   * The pointer of a value as the walk goes, made into text only when a problem or a repair
   * needs it: most values of a body have neither, and a ledger of 10,000 projects has 200,000.
   */
  private static final class Where {
    static final Where ROOT = new Where(null, null, -1);

    private final Where parent;
    private final String name;
    private final int index;
    private String pointer;

    private Where(Where parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
      this.pointer = parent == null ? JsonPointers.ROOT : null;
    }

    Where member(String member) {
      return new Where(this, member, -1);
    }

    Where item(int i) {
      return new Where(this, null, i);
    }

    /** The JSON Pointer, for example {@code /projects/3/investment}. */
    @Override
    public String toString() {
      if (pointer == null) {
        pointer = name != null ? JsonPointers.append(parent.toString(), name)
            : JsonPointers.append(parent.toString(), index);
      }
      return pointer;
    }
  }

  /** Where a value stands: a member of an object, a value of a map, an item of an array. */
  private enum Place { MEMBER, KEY, ITEM }

  /**
   * The value at {@code pointer} as a message names it, made only when there is a message: a
   * member {@code 'investment'} and {@code 'investment'(总投资额)}; a map's value by its key,
   * {@code '2022'}; an item by its list, "item 3 of 'projects'" and {@code 'projects'(项目台账)第4项}.
   */
  private static Name name(String pointer, Place place) {
    String last = JsonPointers.lastSegment(pointer, "body");
    return switch (place) {
      case MEMBER -> fieldName(last);
      case KEY -> Name.of(pointer);
      case ITEM -> {
        String list = JsonPointers.lastSegment(JsonPointers.parent(pointer), "body");
        int index = Integer.parseInt(last);
        yield new Name("item " + index + " of '" + list + "'",
            ObservationFields.zh(list) + "第" + (index + 1) + "项");
      }
    };
  }

  /** A field as messages name it: {@code 'investment'}, and {@code 'investment'(总投资额)}. */
  private static Name fieldName(String field) {
    return new Name(ObservationFields.en(field), ObservationFields.zh(field));
  }

  /**
   * A value of {@code declared} to stand in for a refused or missing one at {@code pointer}, which
   * keeps the rules of its type.
   */
  private JsonNode standIn(JavaType declared, String pointer) {
    JavaType type = declared.isReferenceType() ? declared.getReferencedType() : declared;
    Class<?> raw = type.getRawClass();
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (type.isMapLikeType()) {
      return nodes.objectNode();
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      return nodes.arrayNode();
    }
    if (raw == String.class) {
      // Its own pointer: unique, so that no two stand-ins repeat an id.
      return TextNode.valueOf(pointer);
    }
    if (raw == BigDecimal.class) {
      return DecimalNode.valueOf(BigDecimal.ZERO);
    }
    if (raw == int.class || raw == Integer.class) {
      return IntNode.valueOf(0);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return BooleanNode.FALSE;
    }
    if (raw == LocalDate.class) {
      return TextNode.valueOf(STAND_IN_DATE);
    }
    if (raw.isEnum()) {
      return TextNode.valueOf(((Enum<?>) raw.getEnumConstants()[0]).name());
    }
    ObjectNode object = nodes.objectNode();
    for (Member member : MEMBERS.get(raw).values()) {
      if (member.required()) {
        object.set(member.name(), standIn(member.type(),
            JsonPointers.append(pointer, member.name())));
      }
    }
    // Ranks of 0 among 0 would not build; the rules stand in values that do, reporting nothing,
    // as the pointer is set aside already.
    ownRules(object, raw, () -> pointer);
    return object;
  }
}

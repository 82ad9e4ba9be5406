package org.planmetrics.model.draft;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.ResponsibilityRole;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Unit;

/**
 * The rules that read one plan's text. Each rule is a regular expression over the normalised
 * text ({@link SourceText}); a number becomes a target only when every field can be read, and
 * every other number is listed as not read with why. A wrong target is worse than a missing one.
 */
final class DraftReader {

  /** The longest run read as one sentence. */
  static final int MAX_SENTENCE = 2000;

  private static final Pattern CHAPTER = Pattern.compile("([一二三四五六七八九十]{1,3})、");
  private static final Pattern PART = Pattern.compile("[((]([一二三四五六七八九十]{1,3})[))]");
  private static final Pattern ITEM = Pattern.compile("(\\d{1,2})[.、](?![\\d%])");
  private static final Pattern DUTY_LIST = Pattern.compile("[((]责任单位[::]([^()()]*)[))]");

  private static final String NUM = "\\d+(?:\\.\\d+)?";
  private static final String CN_NUM = "[零〇一二两三四五六七八九十百千]+";
  private static final String MONEY = "万亿元|亿美元|万美元|亿元|万元";
  private static final Pattern FIGURE = Pattern.compile(
      "(?<pre>不少于|不低于|不超过|不高于|至少|高于|超过|大于|低于|少于|达到|达|为|控制在)?"
          + "(?<num>" + NUM + "|" + CN_NUM + ")"
          + "(?<unit>" + MONEY + "|个百分点|%|个|家|户|项|次|场)"
          + "(?<post>以上|以下|以内|左右)?");
  private static final Pattern TIER = Pattern.compile("第(?<num>[一二三四五六七八九十]|\\d{1,2})方阵");
  private static final Pattern ANY_NUMBER = Pattern.compile(
      "\\d+(?:\\.\\d+)?|" + CN_NUM + "(?=个|家|户|项|次|场)");
  private static final Pattern COMMITMENT = Pattern.compile("确保|力争");
  private static final Pattern AVERAGE = Pattern.compile("年均(?:增长|增速|增幅)");
  /**
   * A cohort rate that names both stages and the deadline: 签约项目当年开工率, 签约项目次年投产率.
   * 履约率 names no stage, so it is not read.
   */
  private static final Pattern COHORT = Pattern.compile(
      "(?<cohort>签约|储备)项目(?:的)?(?<within>当年|次年)(?<stage>签约|开工|投产)率");
  /**
   * The words of a project stage a count may name, in the ledger's terms: 储备 (PIPELINE), 签约
   * (SIGNED), 注册/落地 (REGISTERED), 开工 (STARTED), 投产 (PRODUCING), 入库/入统 (LISTED). 引进 and
   * 招引 name no stage of their own: the plan's counting stage, 签约 by default.
   */
  private static final Pattern STAGE_WORD = Pattern.compile("储备|签约|新签|注册|落地|开工|投产|入库|入统");
  /** An amount in one year (全年, 每年) or one quarter (一季度, 第一季度). */
  private static final Pattern AMOUNT_YEAR = Pattern.compile("全年|每年");
  private static final Pattern AMOUNT_QUARTER = Pattern.compile("第?(?<q>[一二三四])季度");
  /** Campaign words: an amount within them needs the campaign's dates, which a person supplies. */
  private static final Pattern CAMPAIGN = Pattern.compile("攻坚|百日|期间|上半年|下半年");
  /** "每年增加10亿元" is a yearly increase, not a yearly amount: not read. */
  private static final Pattern INCREASE = Pattern.compile("增长|增加|增量|提高|新增|比上年|同比");
  /** 到2025年, 到2025年底: the one year a level (or a flow's amount) is set for. */
  private static final Pattern BY_YEAR = Pattern.compile("到(?<year>\\d{4})年(?:底|末)?");
  /**
   * Words of arrivals, sums or growth: "到2025年引进…达到300家" counts what arrives, and
   * "累计…达到" sums, so neither is the level of a year.
   */
  private static final Pattern NOT_A_LEVEL = Pattern.compile(
      "引进|引入|招引|签约|新签|新增|落地|开工|投产|培育|新建|完成|实现|累计|全年|每年|季度|年均"
          + "|增长|增速|增幅|增加(?!值)|提高|项目");
  private static final Pattern SHARE_WORD = Pattern.compile("的?(?:比重|比例|占比)");
  /** 余额, 存量: a money figure at a date, a stock; any other money figure of a year is a flow. */
  private static final Pattern STOCK_WORDS = Pattern.compile("余额|存量|保有量");
  /** "A占B的比重": the numerator A and the denominator B of a share. */
  private static final Pattern SHARE_OF =
      Pattern.compile("(?<num>[^,;]+?)占(?<den>[^,;]+?)(?:数)?的(?:比重|比例)");
  /** A tier's name in quotation marks before 项目: “100”项目. */
  private static final Pattern TIER_NAME = Pattern.compile("“([^”]+)”项目");
  private static final Pattern WINDOW = Pattern.compile(
      "(?:到|至)?(?<from>\\d{4})(?:年)?[-—–~至到](?<to>\\d{4})年|未来(?<n>[一二两三四五六七八九十\\d])年"
          + "|(?<in>[一二两三四五\\d])年内|到(?<by>\\d{4})年(?:底|末)?|(?<year>\\d{4})年(?=[,,]|全年|全市|全县|全区|力争|确保)"
          + "|全年|今年");
  private static final Pattern PAST_WORDS = Pattern.compile(
      "去年|上年|前年|上一年|已经|已完成|已实现|已召开|已举办|已引进|已签约|已落地|过去|以来|截至|截止");
  private static final Pattern PAST_YEAR = Pattern.compile(
      "^(?<!到|至)\\d{4}年(?:全年|全市|全县|全区|共|累计)?"
          // "2023年签约项目履约率" names a cohort (the projects signed in 2023), not a past act.
          + "(?:实现|完成|引进|签约(?!项目\\p{IsHan}{0,4}履约率)|举办|召开|新增|共)");
  private static final Pattern FUTURE_WORDS = Pattern.compile("力争|确保|目标|计划|预计|将|要|到\\d{4}");
  private static final Pattern LEADING = Pattern.compile(
      "^(?:其中|到\\d{4}年(?:底|末)?|全市|全县|全区|全省|每年|累计|全年|第?[一二三四]季度|当年|新引进|引进|引入|招引|新签约|签约|实现|完成|新增)+");
  private static final Pattern TRAILING = Pattern.compile(
      "(?:年均增长|每年增长|逐年增长|年增长|增长|增速|增幅|的比重|比重|的比例|比例|占比)?"
          + "(?:分别)?(?:不少于|不低于|不超过|不高于|至少|高于|超过|大于|低于|少于|达到|达|为|控制在)?$");
  private static final String ONE_UNIT =
      "\\p{IsHan}{2,24}?(?:局|委|办公室|办|部|中心|组|联|会|团队|单位)(?:\\(\\p{IsHan}{1,8}\\))?";
  private static final Pattern UNIT_NAME = Pattern.compile(
      "(?:由)?(?<units>" + ONE_UNIT + "(?:、" + ONE_UNIT + ")*)(?:等单位|等部门)?"
          + "(?<role>牵头|负责统筹|参与|配合)");
  private static final Pattern SET_UP = Pattern.compile("(?:设立|成立|组建)(?<team>\\p{IsHan}{2,12}?(?:团队|小组|专班|组团))");

  private final SourceText source;
  private final String text;
  private final List<Section> sections = new ArrayList<>();
  private final boolean[] dutyList;
  final List<DraftTarget> targets = new ArrayList<>();
  final List<TargetPlace> places = new ArrayList<>();
  final List<DraftResponsibility> responsibilities = new ArrayList<>();
  final List<NotRead> notRead = new ArrayList<>();
  /** The tiers that sizes became ("10亿元以上项目"), by id, in the order first read. */
  final Map<String, ObjectNode> sizeTiers = new LinkedHashMap<>();

  /** A numbered part of the text: 二、, 四.(一), 二.1. */
  static final class Section {
    final String clause;
    final int level;
    final int start;
    int titleStart;
    int titleEnd;
    int bodyStart;
    int end;
    String windowWords;
    Span windowSpan;

    Section(String clause, int level, int start) {
      this.clause = clause;
      this.level = level;
      this.start = start;
    }
  }

  /** Where a target stands: its section, for the draft file's goals. */
  record TargetPlace(Section section, DraftTarget target) {}

  DraftReader(SourceText source) {
    this.source = source;
    this.text = source.text();
    this.dutyList = new boolean[text.length() + 1];
  }

  List<Section> sections() {
    return sections;
  }

  SourceText source() {
    return source;
  }

  void read() {
    findSections();
    findDutyLists();
    for (Section section : sections) {
      readSection(section);
    }
  }

  // ---- structure ----

  private void findSections() {
    String chapter = "";
    String part = "";
    Section current = new Section("", 0, 0);
    current.bodyStart = 0;
    sections.add(current);
    for (int i = 0; i < text.length(); i++) {
      if (!source.startsLine(i)) {
        continue;
      }
      Matcher m;
      Section next = null;
      if ((m = CHAPTER.matcher(text).region(i, text.length())).lookingAt()) {
        chapter = m.group(1);
        part = "";
        next = new Section(chapter, 1, i);
      } else if (!chapter.isEmpty()
          && (m = PART.matcher(text).region(i, text.length())).lookingAt()) {
        part = "(" + m.group(1) + ")";
        next = new Section(chapter + "." + part, 2, i);
      } else if (!chapter.isEmpty()
          && (m = ITEM.matcher(text).region(i, text.length())).lookingAt()) {
        next = new Section(chapter + (part.isEmpty() ? "" : "." + part) + "." + m.group(1), 3, i);
      }
      if (next == null) {
        continue;
      }
      current.end = i;
      next.titleStart = m.end();
      int lineEnd = nextLineStart(m.end());
      int stop = indexBefore('。', m.end(), lineEnd);
      next.titleEnd = next.level == 3 && stop >= 0 && stop < lineEnd ? stop : lineEnd;
      next.bodyStart = next.level == 3 && stop >= 0 && stop < lineEnd ? stop + 1 : lineEnd;
      sections.add(next);
      current = next;
      i = Math.max(i, next.bodyStart - 1);
    }
    current.end = text.length();
  }

  /** The first {@code c} in [from, to), or -1: searches never run past the line. */
  private int indexBefore(char c, int from, int to) {
    for (int j = from; j < to; j++) {
      if (text.charAt(j) == c) {
        return j;
      }
    }
    return -1;
  }

  private int nextLineStart(int from) {
    for (int j = from + 1; j < text.length(); j++) {
      if (source.startsLine(j)) {
        return j;
      }
    }
    return text.length();
  }

  private void findDutyLists() {
    Matcher m = DUTY_LIST.matcher(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        dutyList[i] = true;
      }
      String clause = sectionAt(m.start()).clause;
      int at = m.start(1);
      for (String name : m.group(1).split("、", -1)) {
        if (!name.isEmpty()) {
          responsibilities.add(DraftResponsibility.builder().clause(clause)
              .unitAsWritten(source.words(at, at + name.length()))
              .role(ResponsibilityRole.RESPONSIBLE).span(source.span(at, at + name.length()))
              .build());
        }
        at += name.length() + 1;
      }
    }
  }

  /** The section holding {@code at}; sections are in text order, so a binary search finds it. */
  private Section sectionAt(int at) {
    int low = 0;
    int high = sections.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (sections.get(mid).start <= at) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return sections.get(low);
  }

  // ---- sentences ----

  private void readSection(Section section) {
    if (section.level > 0) {
      // The heading's own title may hold a number (a programme name); list it like a sentence.
      readSentence(section, section.titleStart, section.titleEnd, true);
    }
    int start = section.bodyStart;
    for (int i = section.bodyStart; i < section.end; i++) {
      char c = text.charAt(i);
      boolean boundary = c == '。' || c == '!' || c == '?' || dutyList[i];
      // A sentence of a plan is a few hundred characters; a longer run (a text without 。) is
      // cut, so that the work per number stays bounded whatever the text.
      boolean lineBreak = i > start && source.startsLine(i) && lineWithoutPunctuation(i)
          || i - start >= MAX_SENTENCE;
      if (lineBreak) {
        readSentence(section, start, i, false);
        start = i;
      }
      if (boundary) {
        readSentence(section, start, i, false);
        start = i + 1;
      }
    }
    readSentence(section, start, section.end, false);
  }

  /** Whether the line before {@code lineStart} has no , 。 or ;: a title or a line of metadata. */
  private boolean lineWithoutPunctuation(int lineStart) {
    int j = lineStart - 1;
    while (j > 0 && !source.startsLine(j)) {
      j--;
    }
    String line = text.substring(j, lineStart);
    return line.indexOf(',') < 0 && line.indexOf('。') < 0 && line.indexOf(';') < 0;
  }

  private void readSentence(Section section, int start, int end, boolean title) {
    if (end <= start) {
      return;
    }
    String sentence = text.substring(start, end);
    boolean[] name = nameMask(sentence);
    readRoles(section, start, sentence);
    List<int[]> consumed = new ArrayList<>();
    int targetsBefore = targets.size();
    int notReadBefore = notRead.size();
    if (!title) {
      readFigures(section, start, sentence, name, consumed);
    }
    // Every number the figures did not consume: a name, a date, a document number, or else.
    Matcher n = ANY_NUMBER.matcher(sentence);
    Why first = null;
    while (n.find()) {
      if (isConsumed(consumed, n.start())) {
        continue;
      }
      Why why = classify(sentence, n.start(), n.end(), name);
      if (why == Why.PROGRAMME_NAME && targets.size() > targetsBefore) {
        continue; // a tier's name next to its target is read with it
      }
      if (first == null) {
        first = why;
      }
    }
    if (first != null && notRead.size() == notReadBefore && targets.size() == targetsBefore) {
      addNotRead(section, start, end, first);
    } else if (first != null && first != Why.PROGRAMME_NAME && notRead.size() == notReadBefore) {
      addNotRead(section, start, end, first);
    }
  }

  private static boolean isConsumed(List<int[]> consumed, int at) {
    for (int[] r : consumed) {
      if (at >= r[0] && at < r[1]) {
        return true;
      }
    }
    return false;
  }

  private Why classify(String s, int start, int end, boolean[] name) {
    if (start > 0 && (s.charAt(start - 1) == '〔' || s.charAt(start - 1) == '[')
        || end < s.length() && s.charAt(end) == '号' || s.substring(0, start).contains("〔")
        && s.indexOf('〕', end) >= 0 && s.lastIndexOf('〕', start) < s.lastIndexOf('〔', start)) {
      return Why.DOCUMENT_NUMBER;
    }
    if (name[start] || end < s.length() && "+·强".indexOf(s.charAt(end)) >= 0
        || start > 0 && "+·".indexOf(s.charAt(start - 1)) >= 0) {
      return Why.PROGRAMME_NAME;
    }
    if (start > 0 && s.charAt(start - 1) == '第') {
      return Why.ORDINAL;
    }
    if (end < s.length() && "年月日".indexOf(s.charAt(end)) >= 0
        || end < s.length() && (s.charAt(end) == '-' || s.charAt(end) == '/')) {
      return Why.DATE;
    }
    Matcher f = FIGURE.matcher(s).region(start, s.length());
    if (f.lookingAt()) {
      return PAST_WORDS.matcher(s).find() ? Why.PAST_RESULT : Why.NO_KIND;
    }
    return Why.BARE_NUMBER;
  }

  /** Characters inside quotation marks or title marks: the words of a name. */
  private static boolean[] nameMask(String s) {
    boolean[] mask = new boolean[s.length() + 1];
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“' || c == '《' || c == '「' || c == '〈' || c == '<' || c == '"') {
        depth++;
      } else if ((c == '”' || c == '》' || c == '」' || c == '〉' || c == '>' || c == '"')
          && depth > 0) {
        depth--;
      }
      mask[i] = depth > 0;
    }
    return mask;
  }

  // ---- roles: 牵头, 负责统筹, 参与, 配合 ----

  private void readRoles(Section section, int start, String sentence) {
    Matcher m = UNIT_NAME.matcher(sentence);
    while (m.find()) {
      if (dutyList[start + m.start()]) {
        continue;
      }
      ResponsibilityRole role = m.group("role").equals("牵头") || m.group("role").equals("负责统筹")
          ? ResponsibilityRole.LEAD : ResponsibilityRole.PARTICIPANT;
      String units = m.group("units");
      // The unit list starts after the last comma-like break before it: 设立…团队,由X牵头.
      int at = start + m.start("units");
      String scope = scopeOf(sentence, m.start(), m.end());
      for (String unit : units.split("、")) {
        String clean = unit.startsWith("由") ? unit.substring(1) : unit;
        int offset = unit.length() - clean.length();
        responsibilities.add(DraftResponsibility.builder().clause(section.clause)
            .unitAsWritten(source.words(at + offset, at + unit.length())).role(role)
            .span(source.span(at + offset, at + unit.length())).scope(scope).build());
        at += unit.length() + 1;
      }
    }
  }

  /**
   * What the role covers: the team set up earlier in the sentence (设立资本招商团队,由…牵头), or
   * else the words after the role (负责统筹实施本行动计划), or else the clause before it.
   */
  private static String scopeOf(String s, int roleStart, int roleEnd) {
    Matcher team = SET_UP.matcher(s.substring(0, roleStart));
    String found = null;
    while (team.find()) {
      found = team.group("team");
    }
    if (found != null) {
      return found;
    }
    int after = roleEnd;
    int stop = after;
    while (stop < s.length() && s.charAt(stop) != ',' && s.charAt(stop) != ';') {
      stop++;
    }
    if (stop > after) {
      return s.substring(after, stop);
    }
    int before = roleStart - 1;
    while (before >= 0 && s.charAt(before) == ',') {
      before--;
    }
    int from = before;
    while (from >= 0 && s.charAt(from) != ',' && s.charAt(from) != ';') {
      from--;
    }
    return s.substring(from + 1, before + 1);
  }

  // ---- figures ----

  /** A number with its unit found in a clause. */
  private static final class Figure {
    int start;
    int end;
    int numStart;
    String pre;
    String number;
    String unitWord;
    String post;
    boolean tier;
  }

  private void readFigures(Section section, int base, String sentence, boolean[] name,
      List<int[]> consumed) {
    currentSentence = sentence;
    // Windows stated in this sentence; the last one carries into the next sentences.
    Matcher w = WINDOW.matcher(sentence);
    List<int[]> windows = new ArrayList<>();
    while (w.find()) {
      if (!name[w.start()]) {
        windows.add(new int[] {w.start(), w.end()});
        consumed.add(new int[] {w.start(), w.end()}); // a window is read as the period
      }
    }
    boolean past = PAST_WORDS.matcher(sentence).find()
        || PAST_YEAR.matcher(sentence).find() && !FUTURE_WORDS.matcher(sentence).find();
    // A statement: a clause with its own subject and the clauses after it whose subject is
    // elided (…年增长7%以上,累计7亿美元以上). Its targets share the statement's words.
    List<Pending> statement = new ArrayList<>();
    int[] bounds = {-1, -1};
    boolean[] joined = {false};
    String subject = null;
    int[] subjectRange = null;
    int clauseStart = 0;
    for (int i = 0; i <= sentence.length(); i++) {
      boolean end = i == sentence.length();
      char c = end ? ';' : sentence.charAt(i);
      boolean stretchAfter = c == '、' && isStretchJoin(sentence, clauseStart, i);
      if (c != ',' && c != ';' && !stretchAfter) {
        continue;
      }
      if (i > clauseStart) {
        openStatement = statement;
        stretchJoined = clauseStart > 0 && sentence.charAt(clauseStart - 1) == '、';
        ClauseResult r = readClause(section, base, sentence, clauseStart, i, name, consumed,
            windows, past, subject, subjectRange);
        if (r.stretched) {
          joined[0] = true;
          bounds[1] = i;
        } else if (!r.targets.isEmpty() && r.elided && !statement.isEmpty()) {
          statement.addAll(r.targets);
          joined[0] = true;
          bounds[1] = i;
        } else if (!r.targets.isEmpty()) {
          flush(section, base, statement, bounds, joined[0]);
          statement.clear();
          statement.addAll(r.targets);
          bounds[0] = clauseStart;
          bounds[1] = i;
          joined[0] = false;
          subject = r.subject;
          subjectRange = r.subjectRange;
        } else {
          flush(section, base, statement, bounds, joined[0]);
          statement.clear();
          subject = null;
        }
      }
      if (c == ';') {
        flush(section, base, statement, bounds, joined[0]);
        statement.clear();
        subject = null;
      }
      clauseStart = i + 1;
    }
    if (!windows.isEmpty()) {
      int[] last = windows.get(windows.size() - 1);
      section.windowWords = sentence.substring(last[0], last[1]);
      section.windowSpan = source.span(base + last[0], base + last[1]);
    }
  }

  /** A target waiting for its text: the words of its item, or of its statement. */
  private static final class Pending {
    final DraftTarget.Builder builder;
    final int start;
    final int end;

    /** What was read, and the commitment word, for a stretch figure that may follow. */
    Read read;
    Commitment commitment;
    String figureWords;
    boolean stretched;

    Pending(DraftTarget.Builder builder, int start, int end) {
      this.builder = builder;
      this.start = start;
      this.end = end;
    }
  }

  private void flush(Section section, int base, List<Pending> statement, int[] bounds,
      boolean joined) {
    for (Pending p : statement) {
      int s = joined ? bounds[0] : p.start;
      int e = joined ? bounds[1] : p.end;
      DraftTarget t = p.builder.text(source.words(base + s, base + e))
          .textSpan(source.span(base + s, base + e)).build();
      targets.add(t);
      places.add(new TargetPlace(section, t));
    }
  }

  /** What one comma-clause gave. */
  private static final class ClauseResult {
    String subject;
    int[] subjectRange;
    boolean elided;
    boolean hadFigure;
    /** The clause was the 力争 figure of the statement's last target: it extends the statement. */
    boolean stretched;
    final List<Pending> targets = new ArrayList<>();
  }

  private ClauseResult readClause(Section section, int base, String s, int from, int to,
      boolean[] name, List<int[]> consumed, List<int[]> windows, boolean past,
      String previousSubject, int[] previousSubjectRange) {
    ClauseResult result = new ClauseResult();
    String clause = s.substring(from, to);
    // Sizes that select projects: "10亿元以上项目" — 以上 belongs to the size, not to the count.
    ProjectSize size = null;
    Matcher sm = ProjectSize.matcher(clause);
    while (sm.find()) {
      if (name[from + sm.start()]) {
        continue;
      }
      int projects = clause.indexOf("项目", sm.end()); // the lookahead saw it
      Optional<ProjectSize> read = ProjectSize.of(sm, from,
          source.words(base + from + sm.start(), base + from + sm.end()),
          source.words(base + from + projects, base + from + projects + 2));
      if (read.isPresent()) {
        size = read.get();
        consumed.add(new int[] {size.start, size.end});
      }
    }
    List<Figure> figures = new ArrayList<>();
    Matcher fm = FIGURE.matcher(clause);
    while (fm.find()) {
      int at = from + fm.start("num");
      if (name[at] || isConsumed(consumed, at) || at > 0 && s.charAt(at - 1) == '第'
          || at > 0 && Character.isDigit(s.charAt(at - 1))
          || at > 0 && "+·.".indexOf(s.charAt(at - 1)) >= 0) {
        continue;
      }
      Figure f = new Figure();
      f.start = from + fm.start();
      f.end = from + fm.end();
      f.numStart = at;
      f.pre = fm.group("pre") == null ? "" : fm.group("pre");
      f.number = fm.group("num");
      f.unitWord = fm.group("unit");
      f.post = fm.group("post") == null ? "" : fm.group("post");
      figures.add(f);
    }
    Matcher tm = TIER.matcher(clause);
    while (tm.find()) {
      if (name[from + tm.start()]) {
        continue;
      }
      Figure f = new Figure();
      f.start = from + tm.start();
      f.end = from + tm.end();
      f.numStart = from + tm.start("num");
      f.pre = "";
      f.number = tm.group("num");
      f.unitWord = "方阵";
      f.post = "";
      f.tier = true;
      figures.add(f);
    }
    figures.sort((a, b) -> Integer.compare(a.start, b.start));
    if (figures.isEmpty()) {
      return result;
    }
    result.hadFigure = true;
    int respectively = clause.indexOf("分别");
    if (respectively >= 0 && figures.size() > 1) {
      readRespectively(section, base, s, from, to, respectively, figures, consumed, windows, past,
          size, result);
      return result;
    }
    if (figures.size() == 1 && !past
        && readStretch(base, s, from, to, figures.get(0), previousSubject, consumed)) {
      result.stretched = true;
      return result;
    }
    if (stretchJoined) {
      // "确保30亿元、力争累计100亿元": joined by 、 to the 确保 figure, the 力争 figure is that
      // target's stretch or nothing; read on its own, it would borrow a subject it may not have.
      figures.forEach(f -> consumed.add(new int[] {f.numStart, f.end}));
      addNotRead(section, base + from, base + to, Why.STRETCH_MISMATCH);
      return result;
    }
    int itemStart = from;
    for (Figure f : figures) {
      consumed.add(new int[] {f.numStart, f.end});
      String pre = s.substring(itemStart, f.start);
      if (pre.startsWith("、")) {
        pre = pre.substring(1);
        itemStart++;
      }
      String kindWords = s.substring(from, f.start);
      Optional<Why> refused = refusal(f, kindWords, past);
      String subjectWords = subjectOf(pre);
      int subjectStart = itemStart + pre.indexOf(subjectWords.isEmpty() ? pre : subjectWords);
      boolean elided = subjectWords.isEmpty();
      if (refused.isPresent()) {
        addNotRead(section, base + from, base + to, refused.get());
        itemStart = f.end;
        continue;
      }
      if (elided && previousSubject == null) {
        addNotRead(section, base + from, base + to, Why.SUBJECT_MISSING);
        itemStart = f.end;
        continue;
      }
      Read read = readKind(f, kindWords, from, elided ? previousSubject : subjectWords, size,
          windows, section);
      if (read.why != null) {
        addNotRead(section, base + from, base + to, read.why);
        itemStart = f.end;
        continue;
      }
      DraftTarget.Builder b = startTarget(section, base, s, f, read);
      // The indicator as the text writes it: traditional characters stay traditional.
      if (elided) {
        String asWritten = source.words(base + previousSubjectRange[0],
            base + previousSubjectRange[1]);
        b.indicatorAsWritten(asWritten);
        b.addFields(field("indicator", asWritten,
            source.span(base + previousSubjectRange[0], base + previousSubjectRange[1]),
            LocalizedText.of("主语承前省略,沿用前一分句的“" + asWritten + "”",
                "the subject is elided and carried from the clause before: “" + asWritten
                    + "”")));
        result.elided = true;
      } else {
        int subjectEnd = subjectStart + subjectWords.length();
        if (read.kind == TargetKind.LEVEL && read.unit == Unit.RATIO) {
          // The level's indicator is the share itself: 规上工业增加值占地区生产总值比重.
          Matcher shareWord = SHARE_WORD.matcher(s).region(subjectEnd, f.start);
          if (shareWord.lookingAt()) {
            subjectEnd = shareWord.end();
          }
        }
        String asWritten = source.words(base + subjectStart, base + subjectEnd);
        b.indicatorAsWritten(asWritten);
        b.addFields(field("indicator", asWritten, source.span(base + subjectStart,
            base + subjectEnd), null));
        result.subject = subjectWords;
        result.subjectRange = new int[] {subjectStart, subjectStart + subjectWords.length()};
      }
      if (size != null && read.selection != null) {
        addSizeFields(b, base, size);
      }
      addCommitment(b, base, s, f, from);
      addWindow(b, base, windows, f, section);
      Pending pending = new Pending(b, from, f.end);
      pending.read = read;
      pending.commitment = commitmentBefore(s, f.start);
      pending.figureWords = s.substring(f.numStart, f.end);
      result.targets.add(pending);
      itemStart = f.end;
    }
    return result;
  }

  /** Whether the clause being read follows a 、 that joins it to a 确保 figure as its 力争 figure. */
  private boolean stretchJoined;

  /**
   * "确保完成30亿元、力争32亿元": a 、 before 力争, after a clause with 确保 and a figure, joins the
   * 力争 figure to the 确保 one as a comma does; elsewhere 、 separates items of a list.
   */
  private static boolean isStretchJoin(String sentence, int clauseStart, int at) {
    String before = sentence.substring(clauseStart, at);
    return sentence.startsWith("力争", at + 1) && before.contains("确保")
        && FIGURE.matcher(before).find();
  }

  /** The statement being read: its targets so far, for a stretch figure that follows them. */
  private List<Pending> openStatement = new ArrayList<>();

  private static final Pattern STRETCH_CLAUSE = Pattern.compile("力争(?<rest>[^,;]*)");

  /**
   * "确保全年完成30亿元,力争32亿元": a 力争 clause holding only a stricter figure of the same subject
   * as the 确保 target just before it is that target's stretch, not a second target.
   */
  private boolean readStretch(int base, String s, int from, int to, Figure f,
      String previousSubject, List<int[]> consumed) {
    Matcher m = STRETCH_CLAUSE.matcher(s.substring(from, f.start));
    if (openStatement.isEmpty() || !m.matches() || f.tier || f.end != to) {
      return false;
    }
    String subject = subjectOf(s.substring(from, f.start));
    if (!subject.isEmpty() && !subject.equals(previousSubject)) {
      return false;
    }
    Pending binding = openStatement.get(openStatement.size() - 1);
    // Only verbs, or the binding target's own kind words, may stand beside the figure: "力争累计
    // 100亿元" after a year's amount is another target, not a stretch.
    String others = (subject.isEmpty() ? m.group("rest") : m.group("rest").replace(subject, ""))
        .replaceFirst("(?:完成|实现|突破)$", "");
    TargetKind kind = binding.read.kind;
    boolean yearly = kind == TargetKind.PERIOD_AMOUNT && binding.read.period.has("kind")
        && binding.read.period.get("kind").asText().equals("YEAR");
    boolean sameKindWords = others.matches("(?:完成|实现|突破)?")
        || yearly && others.matches("(?:全年|每年)(?:完成|实现|突破)?")
        || (kind == TargetKind.CUMULATIVE_AMOUNT || kind == TargetKind.CUMULATIVE_COUNT)
        && others.matches("累计(?:完成|实现|突破|引进)?")
        || kind == TargetKind.ANNUAL_GROWTH && others.matches("(?:年|每年)(?:增长|增速|增幅)")
        || binding.read.kind == TargetKind.AVERAGE_GROWTH && AVERAGE.matcher(others).matches();
    if (!sameKindWords) {
      return false;
    }
    if (binding.stretched || binding.commitment != Commitment.ENSURE) {
      return false;
    }
    Read own = new Read();
    operator(own, f);
    Optional<BigDecimal> number = f.number.chars().allMatch(ch -> ch == '.' || Character.isDigit(ch))
        ? Optional.of(new BigDecimal(f.number)) : ChineseNumerals.parse(f.number);
    Unit unit = f.unitWord.equals("%") ? Unit.RATIO
        : f.unitWord.matches(MONEY) ? money(f.unitWord) : Unit.COUNT;
    ComparisonOperator op = binding.read.operator;
    boolean sameOperator = own.operator == op || own.operatorReading != null;
    if (number.isEmpty() || unit != binding.read.unit || !sameOperator) {
      return false;
    }
    BigDecimal value = unit == Unit.RATIO ? number.get().movePointLeft(2) : number.get();
    int order = value.compareTo(binding.read.value);
    boolean stricter = (op == ComparisonOperator.AT_LEAST || op == ComparisonOperator.GREATER_THAN)
        && order > 0 || (op == ComparisonOperator.AT_MOST || op == ComparisonOperator.LESS_THAN)
        && order < 0;
    if (!stricter) {
      return false;
    }
    consumed.add(new int[] {f.numStart, f.end});
    ObjectNode stretch = JsonNodeFactory.instance.objectNode();
    stretch.putObject("threshold").put("value", value).put("unit", unit.name());
    stretch.put("commitment", Commitment.STRIVE.name());
    binding.stretched = true;
    binding.builder.stretch(stretch);
    binding.builder.addFields(field("stretch", stretch.toString(),
        source.span(base + from, base + f.end), LocalizedText.of(
            "“确保”与“力争”说的是同一指标:确保的" + binding.figureWords + "为约束目标,力争的" + s.substring(f.numStart, f.end) + "为更高的争取目标(stretch),不是另一个目标",
            "确保 and 力争 give two figures for one subject: the ensured "
                + binding.figureWords + " binds, and the striven-for "
                + s.substring(f.numStart, f.end) + " is its stretch, not a second target")));
    return true;
  }

  /** The commitment word in force at {@code at}: the last 确保 or 力争 before it. */
  private static Commitment commitmentBefore(String s, int at) {
    Matcher m = COMMITMENT.matcher(s).region(commitmentScopeStart(s, at), at);
    Commitment c = Commitment.PLAIN;
    while (m.find()) {
      c = m.group().equals("确保") ? Commitment.ENSURE : Commitment.STRIVE;
    }
    return c;
  }

  private void readRespectively(Section section, int base, String s, int from, int to,
      int respectively, List<Figure> figures, List<int[]> consumed, List<int[]> windows,
      boolean past, ProjectSize size, ClauseResult result) {
    String head = s.substring(from, from + respectively);
    String tailWords = "";
    Matcher tail = TRAILING.matcher(head);
    if (tail.find()) {
      tailWords = tail.group();
    }
    String subjects = LEADING.matcher(head.substring(0, head.length() - tailWords.length()))
        .replaceFirst("");
    subjects = stripCommitment(subjects);
    String[] parts = subjects.split("、");
    for (Figure f : figures) {
      consumed.add(new int[] {f.numStart, f.end});
    }
    String lastPost = figures.get(figures.size() - 1).post;
    if (parts.length != figures.size()) {
      addNotRead(section, base + from, base + to, Why.LIST_MISMATCH);
      return;
    }
    int at = from + head.indexOf(subjects);
    for (int k = 0; k < figures.size(); k++) {
      Figure f = figures.get(k);
      boolean borrowed = f.post.isEmpty() && !lastPost.isEmpty() && f.pre.isEmpty();
      if (borrowed) {
        f.post = lastPost;
      }
      if (k == 0 && f.pre.isEmpty()) {
        f.pre = respectivelyVerb(s, from + respectively + 2);
      }
      Optional<Why> refused = refusal(f, head, past);
      Read read = refused.isPresent() ? Read.refused(refused.get())
          : readKind(f, head, from, parts[k], size, windows, section);
      if (read.why != null) {
        addNotRead(section, base + from, base + to, read.why);
        at += parts[k].length() + 1;
        continue;
      }
      DraftTarget.Builder b = startTarget(section, base, s, f, read);
      String asWritten = source.words(base + at, base + at + parts[k].length());
      b.indicatorAsWritten(asWritten);
      b.addFields(field("indicator", asWritten, source.span(base + at, base + at + parts[k].length()),
          LocalizedText.of("“分别”列表的第" + (k + 1) + "项,对应第" + (k + 1) + "个数",
              "item " + (k + 1) + " of the 分别 list, paired with number " + (k + 1))));
      if (borrowed) {
        b.addFields(field("operator.word", lastPost, null, LocalizedText.of(
            "“" + lastPost + "”写在列表末尾,适用于列表中的每个数",
            "“" + lastPost + "” closes the list and applies to every number in it")));
      }
      if (size != null && read.selection != null) {
        addSizeFields(b, base, size);
      }
      addCommitment(b, base, s, f, from);
      addWindow(b, base, windows, f, section);
      result.targets.add(new Pending(b, from, to));
      at += parts[k].length() + 1;
    }
    result.subject = null;
  }

  private static String respectivelyVerb(String s, int at) {
    for (String verb : new String[] {"不少于", "不低于", "不超过", "高于", "超过", "低于", "达到", "达", "为"}) {
      if (s.startsWith(verb, at)) {
        return verb;
      }
    }
    return "";
  }

  /** Numbers that are never targets, whatever their words: past results, meetings. */
  private static Optional<Why> refusal(Figure f, String kindWords, boolean past) {
    boolean meetings = f.unitWord.equals("次") || f.unitWord.equals("场");
    if (past) {
      return Optional.of(meetings ? Why.MEETINGS_HELD : Why.PAST_RESULT);
    }
    if (meetings) {
      return Optional.of(Why.CADENCE);
    }
    if (f.unitWord.equals("个百分点")) {
      return Optional.of(Why.PERCENTAGE_POINTS);
    }
    return Optional.empty();
  }

  /** The words a target's subject is: the item's words without its verbs, period and kind. */
  private static String subjectOf(String pre) {
    String s = stripCommitment(pre);
    s = LEADING.matcher(s).replaceFirst("");
    Matcher t = TRAILING.matcher(s);
    if (t.find()) {
      s = s.substring(0, t.start());
    }
    // 在全九江市第一方阵: the peer group is not the indicator.
    int in = s.lastIndexOf('在');
    if (in > 0) {
      s = s.substring(0, in);
    }
    s = LEADING.matcher(s).replaceFirst("");
    return s;
  }

  private static String stripCommitment(String s) {
    return s.replaceFirst("^(?:确保|力争)", "");
  }

  /** The kind, operator, threshold and unit of a figure, or why not. */
  private static final class Read {
    Why why;
    TargetKind kind;
    LocalizedText kindReading;
    ComparisonOperator operator;
    LocalizedText operatorReading;
    BigDecimal value;
    Unit unit;
    ObjectNode selection;
    LocalizedText selectionReading;
    /** A PERIOD_AMOUNT's period, a COHORT_RATE's cohort and reached, with their words. */
    ObjectNode period;
    ObjectNode cohort;
    ObjectNode reached;
    /** Sentence offsets [start, end) of the words a period, cohort or reached was read from. */
    int[] periodWords;
    int[] cohortWords;
    int[] reachedWords;
    /** The year of "到2025年" for a level or a year's amount, and where its words are. */
    Integer levelYear;
    Span levelYearSpan;
    /** A count's own stage ("新开工" → STARTED) and the sentence offsets of its word. */
    String stage;
    int[] stageWords;

    static Read refused(Why why) {
      Read r = new Read();
      r.why = why;
      return r;
    }
  }

  private Read readKind(Figure f, String kindWords, int wordsFrom, String subject,
      ProjectSize size, List<int[]> windows, Section section) {
    Read r = new Read();
    Optional<BigDecimal> number = f.number.chars().allMatch(ch -> ch == '.' || Character.isDigit(ch))
        ? Optional.of(new BigDecimal(f.number)) : ChineseNumerals.parse(f.number);
    if (number.isEmpty()) {
      return Read.refused(Why.BARE_NUMBER);
    }
    String words = kindWords;
    if (f.tier) {
      r.kind = TargetKind.FIRST_TIER_RANK;
      r.value = number.get();
      r.unit = Unit.TIER;
      r.operator = ComparisonOperator.AT_MOST;
      r.operatorReading = LocalizedText.of("“在第" + f.number + "方阵”即名次不差于该方阵,按不超过(≤)理解",
          "“in tier " + f.number + "” means no worse than that tier, so at most (≤)");
      return r;
    }
    if (f.unitWord.equals("%")) {
      r.unit = Unit.RATIO;
      r.value = number.get().movePointLeft(2);
      Matcher average = AVERAGE.matcher(words);
      Matcher cohort = COHORT.matcher(words);
      if (average.find()) {
        r.kind = TargetKind.AVERAGE_GROWTH;
        r.kindReading = LocalizedText.of("“" + average.group() + "”是期间的复合增长率:从基年到期末年,"
                + "按年均增长判断一次,不是每年各判一次",
            "“" + average.group() + "” is the compound rate from the base year to the window's end"
                + " year, judged once, not each year");
      } else if (words.matches(".*(?:年|每年|逐年)(?:增长|增速|增幅).*|.*年增.*")) {
        r.kind = TargetKind.ANNUAL_GROWTH;
      } else if (words.matches(".*(?:增长|增速|增幅|提高).*")) {
        return Read.refused(Why.GROWTH_PERIOD);
      } else if (words.contains("履约")) {
        // 履约 names no stage and no deadline, and a contract's own terms are not in the ledger.
        return Read.refused(Why.PERFORMANCE_RATE);
      } else if (levelInYear(r, f, words, windows, section)) {
        r.kind = TargetKind.LEVEL;
      } else if (words.matches(".*(?:占比|比重|比例).*")) {
        r.kind = TargetKind.SHARE;
        shareOf(r, subject, words, section);
      } else if (cohort.find() && !f.post.equals("左右") && cohortRate(r, cohort, wordsFrom)) {
        // read above
      } else if (words.contains("率")) {
        return Read.refused(Why.RATE);
      } else {
        return Read.refused(Why.NO_KIND);
      }
    } else if (f.unitWord.matches(MONEY)) {
      r.unit = money(f.unitWord);
      r.value = number.get();
      if (words.contains("累计") && byYear(windows, f, section).isPresent()) {
        return Read.refused(Why.STOCK_OR_SUM);
      } else if (words.contains("累计")) {
        r.kind = TargetKind.CUMULATIVE_AMOUNT;
      } else if (levelInYear(r, f, words, windows, section)) {
        // A figure at a date (余额) is a stock's level; any other amount of a year is that
        // year's sum of a flow, which the plan file writes as an amount in one period.
        r.kind = STOCK_WORDS.matcher(subject).find() ? TargetKind.LEVEL : TargetKind.PERIOD_AMOUNT;
      } else if (!amountPeriod(r, words, wordsFrom)) {
        return Read.refused(Why.AMOUNT_PERIOD);
      }
    } else {
      r.unit = Unit.COUNT;
      r.value = number.get();
      if (!subject.contains("项目") && levelInYear(r, f, words, windows, section)) {
        // 到2025年,规上工业企业达到300家: how many there are then, a stock.
        r.kind = TargetKind.LEVEL;
        r.selection = null;
        operator(r, f);
        return r;
      }
      if (!subject.contains("项目")) {
        return Read.refused(Why.COUNT_NOT_PROJECTS);
      }
      if (words.contains("累计") && byYear(windows, f, section).isPresent()) {
        return Read.refused(Why.STOCK_OR_SUM);
      }
      if (words.contains("每年")) {
        r.kind = TargetKind.ANNUAL_COUNT;
      } else if (words.contains("累计")) {
        r.kind = TargetKind.CUMULATIVE_COUNT;
      } else {
        Optional<String> window = windowBefore(windows, f, section);
        if (window.isEmpty()) {
          return Read.refused(Why.COUNT_PERIOD);
        }
        boolean oneYear = window.get().matches("\\d{4}年|全年|今年");
        r.kind = oneYear ? TargetKind.ANNUAL_COUNT : TargetKind.CUMULATIVE_COUNT;
        r.kindReading = oneYear
            ? LocalizedText.of("未写“每年”或“累计”;期间“" + window.get() + "”为一年,按当年个数理解",
                "neither 每年 nor 累计; the period “" + window.get() + "” is one year, so a count in"
                    + " that year")
            : LocalizedText.of("未写“每年”或“累计”;期间“" + window.get() + "”为多年,按期间合计理解",
                "neither 每年 nor 累计; the period “" + window.get() + "” spans years, so a total"
                    + " over it");
      }
      ObjectNode projects = JsonNodeFactory.instance.objectNode();
      addTiers(projects, subject);
      addFlags(projects, subject);
      if (!countStage(r, subject, words, wordsFrom)) {
        return Read.refused(Why.TWO_STAGES);
      }
      if (r.stage != null) {
        projects.put("stage", r.stage);
      }
      if (size != null) {
        // The plan file selects by tier: the size is a tier of its own, named by its words.
        if (!projects.has("tiers")) {
          projects.putArray("tiers");
        }
        ((com.fasterxml.jackson.databind.node.ArrayNode) projects.get("tiers")).add(size.id);
        sizeTiers.putIfAbsent(size.id, size.tier);
      }
      r.selection = projects;
    }
    operator(r, f);
    return r;
  }

  /**
   * The window in force at {@code f}, when it is one year ("到2025年"): in this sentence before
   * the figure, or carried from an earlier sentence of the item.
   */
  private Optional<int[]> byYear(List<int[]> windows, Figure f, Section section) {
    int[] found = null;
    for (int[] w : windows) {
      if (w[0] < f.start) {
        found = w;
      }
    }
    String words = found != null ? currentSentence.substring(found[0], found[1])
        : section.windowWords;
    if (words == null || !BY_YEAR.matcher(words).matches()) {
      return Optional.empty();
    }
    return Optional.of(found != null ? found : new int[] {-1, -1});
  }

  /**
   * "到2025年,全市规上工业企业达到300家": a figure with a verb after a window of one year, and
   * none of the words of arrivals, sums or growth. Sets the period {@code {"kind": "YEAR",
   * "year": 2025}} and the words it was read from; the caller sets the kind.
   */
  private boolean levelInYear(Read r, Figure f, String words, List<int[]> windows,
      Section section) {
    Optional<int[]> window = byYear(windows, f, section);
    if (window.isEmpty() || f.pre.isEmpty() || NOT_A_LEVEL.matcher(words).find()) {
      return false;
    }
    int[] w = window.get();
    String windowWords = w[0] < 0 ? section.windowWords : currentSentence.substring(w[0], w[1]);
    Matcher year = BY_YEAR.matcher(windowWords);
    if (!year.matches()) {
      return false; // byYear matched these words: never happens
    }
    r.levelYear = Integer.valueOf(year.group("year"));
    r.period = JsonNodeFactory.instance.objectNode().put("kind", "YEAR").put("year", r.levelYear);
    if (w[0] < 0) {
      r.levelYearSpan = section.windowSpan;
    } else {
      r.periodWords = w;
    }
    return true;
  }

  /**
   * The stage a count of projects counts at, from its words: "新开工亿元以上项目" counts starts,
   * "新增储备项目" entries into the pipeline. Sets nothing for signing (签约, 引进: the plan's own
   * counting stage) and returns false when the words name two other stages ("开工投产项目").
   */
  private static boolean countStage(Read r, String subject, String words, int wordsFrom) {
    // The clause's words up to the end of its subject: the verb before the subject counts
    // ("签约落地项目", whose subject is 落地项目), words after the figure do not.
    int at = words.indexOf(subject);
    Matcher m = STAGE_WORD.matcher(at < 0 ? words : words.substring(0, at + subject.length()));
    int from = wordsFrom;
    String found = null;
    while (m.find()) {
      String stage = stageOf(m.group());
      if (found != null && !found.equals(stage)) {
        return false;
      }
      found = stage;
      if (!stage.equals("SIGNED")) {
        r.stage = stage;
        r.stageWords = new int[] {from + m.start(), from + m.end()};
      }
    }
    return true;
  }

  /** The ledger's stage for a stage word of the text: 开工 → STARTED. */
  private static String stageOf(String word) {
    switch (word) {
      case "储备":
        return "PIPELINE";
      case "签约":
      case "新签":
        return "SIGNED";
      case "注册":
      case "落地":
        return "REGISTERED";
      case "开工":
        return "STARTED";
      case "投产":
        return "PRODUCING";
      default:
        return "LISTED"; // 入库, 入统
    }
  }

  /**
   * 签约项目当年开工率, 储备项目当年签约率: the cohort (projects signed, or taken into the
   * pipeline, in a year) and the stage they must reach. The same stage twice is no rate.
   */
  private static boolean cohortRate(Read r, Matcher m, int wordsFrom) {
    String from = stageOf(m.group("cohort"));
    String to = stageOf(m.group("stage"));
    if (from.equals(to)) {
      return false;
    }
    r.kind = TargetKind.COHORT_RATE;
    r.cohort = JsonNodeFactory.instance.objectNode().put("stage", from);
    r.cohortWords = new int[] {wordsFrom + m.start("cohort"), wordsFrom + m.end("cohort") + 2};
    r.reached = JsonNodeFactory.instance.objectNode().put("stage", to)
        .put("within", m.group("within").equals("当年") ? "SAME_YEAR" : "NEXT_YEAR");
    r.reachedWords = new int[] {wordsFrom + m.start("within"), wordsFrom + m.end()};
    return true;
  }

  /**
   * 全年/每年 … 亿元 is an amount in each year; 一季度 … 亿元 in the first quarter of each year.
   * Words of a campaign (攻坚, 百日, 上半年), of an increase (每年增加), or both a year and a
   * quarter, leave it unread.
   */
  private static boolean amountPeriod(Read r, String words, int wordsFrom) {
    Matcher year = AMOUNT_YEAR.matcher(words);
    Matcher quarter = AMOUNT_QUARTER.matcher(words);
    boolean isYear = year.find();
    boolean isQuarter = quarter.find();
    if (isYear == isQuarter || CAMPAIGN.matcher(words).find() || INCREASE.matcher(words).find()) {
      return false;
    }
    r.kind = TargetKind.PERIOD_AMOUNT;
    r.period = JsonNodeFactory.instance.objectNode();
    Matcher m = isYear ? year : quarter;
    r.periodWords = new int[] {wordsFrom + m.start(), wordsFrom + m.end()};
    if (isYear) {
      r.period.put("kind", "YEAR");
    } else {
      r.period.put("kind", "QUARTER").put("quarter", "一二三四".indexOf(quarter.group("q")) + 1);
    }
    return true;
  }

  private static void operator(Read r, Figure f) {
    String pre = f.pre;
    String post = f.post;
    if (post.equals("左右")) {
      r.operator = ComparisonOperator.APPROXIMATELY;
      r.operatorReading = LocalizedText.of("“左右”是约数,按“约为”(APPROXIMATELY)起草;原文未写容差,"
              + "容差(tolerance)须人工填写",
          "“左右” is approximate, drafted as APPROXIMATELY; the text states no tolerance, so a person"
              + " must set the tolerance");
    } else if (post.equals("以上") || pre.matches("不少于|不低于|至少")) {
      r.operator = ComparisonOperator.AT_LEAST;
    } else if (pre.matches("高于|超过|大于")) {
      r.operator = ComparisonOperator.GREATER_THAN;
    } else if (post.equals("以下") || post.equals("以内") || pre.matches("不超过|不高于|控制在")) {
      r.operator = ComparisonOperator.AT_MOST;
    } else if (pre.matches("低于|少于")) {
      r.operator = ComparisonOperator.LESS_THAN;
    } else {
      r.operator = ComparisonOperator.AT_LEAST;
      r.operatorReading = LocalizedText.of("原文未写比较词,按下限理解",
          "the text has no comparison word; read as a floor (at least)");
    }
  }

  /** The numerator and denominator of a share, as far as the words name them. */
  private static void shareOf(Read r, String subject, String words, Section section) {
    ObjectNode share = JsonNodeFactory.instance.objectNode();
    ObjectNode numerator = share.putObject("numerator");
    String numeratorWords = subject;
    String denominatorWords = null;
    Matcher inWords = SHARE_OF.matcher(words);
    if (inWords.find()) {
      numeratorWords = inWords.group("num");
      denominatorWords = inWords.group("den");
    }
    addFlags(numerator, numeratorWords);
    addTiers(numerator, numeratorWords);
    if (denominatorWords != null) {
      ObjectNode denominator = share.putObject("denominator");
      addFlags(denominator, denominatorWords);
      addTiers(denominator, denominatorWords);
    } else if (numeratorWords.endsWith("工业项目") && numerator.has("leadingIndustry")
        || numeratorWords.endsWith("工业项目") && numerator.has("strategicEmerging")) {
      numerator.remove("industrial");
      share.putObject("denominator").put("industrial", true);
      r.selectionReading = LocalizedText.of(
          "占比未写分母,按中心词“工业项目”作分母,修饰语作分子",
          "the share names no denominator; the head noun 工业项目 (industrial projects) is read as"
              + " the denominator and its modifier as the numerator");
    } else if (words.startsWith("其中") || words.contains(",其中") || words.contains(";其中")) {
      r.selectionReading = LocalizedText.of("“其中”指上文所列的项目,分母取上一句所数的项目",
          "“其中” (among them) points back to the projects counted just before: they are the"
              + " denominator");
      share.put("denominatorFromPreviousTargets", true);
    } else {
      share.put("denominator", PlanDrafts.TO_FILL + "分母 the denominator");
    }
    r.selection = share;
  }

  private static void addFlags(ObjectNode node, String words) {
    if (words.contains("主导")) {
      node.put("leadingIndustry", true);
    }
    if (words.contains("战略性新兴") || words.contains("战新")) {
      node.put("strategicEmerging", true);
    }
    if (words.contains("工业项目") && !node.has("leadingIndustry") && !node.has("strategicEmerging")) {
      node.put("industrial", true);
    }
    if (words.matches(".*(?:500强|上市公司|跨国公司|龙头企业).*")) {
      node.put("topInvestor", true);
    }
  }

  private static void addTiers(ObjectNode node, String words) {
    Matcher q = TIER_NAME.matcher(words);
    while (q.find()) {
      if (!node.has("tiers")) {
        node.putArray("tiers");
      }
      ((com.fasterxml.jackson.databind.node.ArrayNode) node.get("tiers")).add(q.group(1));
    }
  }

  static Unit money(String word) {
    switch (word) {
      case "万亿元":
        return Unit.CNY_1T;
      case "亿美元":
        return Unit.USD_100M;
      case "万美元":
        return Unit.USD_10K;
      case "亿元":
        return Unit.CNY_100M;
      case "万元":
        return Unit.CNY_10K;
      default:
        throw new IllegalArgumentException(word);
    }
  }

  private DraftTarget.Builder startTarget(Section section, int base, String s, Figure f, Read r) {
    DraftTarget.Builder b = DraftTarget.builder().clause(section.clause).kind(r.kind)
        .operator(r.operator).thresholdValue(r.value).unit(r.unit);
    if (r.selection != null) {
      b.selection(r.selection);
    }
    Span figure = source.span(base + f.start, base + f.end);
    Span number = source.span(base + f.numStart, base + f.numStart + f.number.length());
    if (section.level == 0) {
      b.addFields(field("clause", section.clause, null, LocalizedText.of(
          "此处之前没有一、(一)、1.这样的编号,条款须人工填写",
          "no heading numbered 一、, (一) or 1. comes before these words: a person fills in the"
              + " clause")));
    } else {
      b.addFields(field("clause", section.clause,
          source.span(section.start, section.titleStart), null));
    }
    b.addFields(field("kind", r.kind.name(), figure, r.kindReading));
    b.addFields(field("operator", r.operator.name(), figure, r.operatorReading));
    boolean chinese = !Character.isDigit(f.number.charAt(0));
    b.addFields(field("threshold", r.value.toPlainString(), number, chinese
        ? LocalizedText.of("中文数字“" + f.number + "”即" + r.value.toPlainString(),
            "the Chinese numeral “" + f.number + "” is " + r.value.toPlainString())
        : f.unitWord.equals("%") ? LocalizedText.of(f.number + "% 写作比率 " + r.value.toPlainString(),
            f.number + "% is written as the fraction " + r.value.toPlainString()) : null));
    b.addFields(field("unit", r.unit.name(), figure, null));
    if (r.operator == ComparisonOperator.APPROXIMATELY) {
      // The figure's 左右: the tolerance is plan data no text states.
      b.addFields(field("tolerance", PlanDrafts.TO_FILL + "容差 the tolerance, in " + r.unit.name(),
          source.span(base + f.end - 2, base + f.end), LocalizedText.of(
              "原文“" + f.number + f.unitWord + "左右”未写容差,须人工填写容差并保留这条解读",
              "the text “" + f.number + f.unitWord + "左右” states no tolerance: a person must set"
                  + " it and keep this reading")));
    }
    if (r.levelYear != null) {
      b.periodOfAmount(r.period);
      addLevelFields(b, base, s, f, r);
    } else if (r.period != null) {
      b.periodOfAmount(r.period);
      b.addFields(field("period.kind", r.period.toString(),
          source.span(base + r.periodWords[0], base + r.periodWords[1]), r.period.has("quarter")
              ? LocalizedText.of("“" + s.substring(r.periodWords[0], r.periodWords[1])
                  + "”的数额,按每年第" + r.period.get("quarter").asInt() + "季度的合计理解",
                  "an amount for “" + s.substring(r.periodWords[0], r.periodWords[1])
                      + "”: the sum of quarter " + r.period.get("quarter").asInt() + " of each year")
              : LocalizedText.of("“" + s.substring(r.periodWords[0], r.periodWords[1])
                  + "”的数额未写“累计”,按每年的合计理解,逐年判断",
                  "an amount for “" + s.substring(r.periodWords[0], r.periodWords[1])
                      + "” without 累计: the sum of each year, judged year by year")));
    }
    if (r.cohort != null) {
      b.cohort(r.cohort).reached(r.reached);
      b.addFields(field("cohort.stage", r.cohort.get("stage").asText(),
          source.span(base + r.cohortWords[0], base + r.cohortWords[1]), null));
      String within = s.substring(r.reachedWords[0], r.reachedWords[1]);
      // The cohort's word (签约, 储备) and the stage's (开工, 投产, 签约), as the text has them.
      String from = s.substring(r.cohortWords[0], r.cohortWords[0] + 2);
      String to = within.substring(2, within.length() - 1);
      boolean pipeline = from.equals("储备");
      b.addFields(field("reached", r.reached.toString(),
          source.span(base + r.reachedWords[0], base + r.reachedWords[1]), LocalizedText.of(
              "“" + within + "”:" + from + "项目中在" + from + (within.startsWith("当年") ? "当年" : "次年")
                  + "年底前" + to + "的比例",
              "“" + within + "”: the share of the projects " + (pipeline
                  ? "taken into the pipeline" : "signed") + " in a year that "
                  + (to.equals("开工") ? "start" : to.equals("投产") ? "produce" : "are signed")
                  + " by 31 December of " + (within.startsWith("当年") ? "that year"
                  : "the next year"))));
    }
    if (r.selectionReading != null) {
      b.addFields(field("selection", r.selection.toString(), figure, r.selectionReading));
    }
    if (r.stage != null) {
      String word = s.substring(r.stageWords[0], r.stageWords[1]);
      b.addFields(field("projects.stage", r.stage,
          source.span(base + r.stageWords[0], base + r.stageWords[1]), LocalizedText.of(
              "“" + word + "”:按项目到达该阶段的日期计数(阶段" + r.stage + "),不按签约日期",
              "“" + word + "”: projects are counted by the date they reached that stage (stage "
                  + r.stage + "), not by their signing")));
    }
    return b;
  }

  /**
   * The year of "到2025年…达到X" and, for a level, the indicator's nature: each a choice the text
   * does not state, so each has a reading.
   */
  private void addLevelFields(DraftTarget.Builder b, int base, String s, Figure f, Read r) {
    Span yearSpan = r.levelYearSpan != null ? r.levelYearSpan
        : source.span(base + r.periodWords[0], base + r.periodWords[1]);
    String figure = f.number + f.unitWord;
    int year = r.levelYear;
    if (r.kind == TargetKind.PERIOD_AMOUNT) {
      b.addFields(field("period.kind", r.period.toString(), yearSpan, LocalizedText.of(
          "“到" + year + "年…" + figure + "”按" + year + "年全年的数额理解(流量指标该年的合计,"
              + "不是期间累计);若指标是某一时点的余额(存量),请改为 LEVEL 并把指标的 nature 设为 STOCK",
          "“到" + year + "年…" + figure + "” is read as the amount of the year " + year
              + " (a flow's sum in that year, not a total over the window); if the indicator is a"
              + " balance at a date (a stock), change the kind to LEVEL and the indicator's"
              + " nature to STOCK")));
      return;
    }
    b.addFields(field("period.kind", r.period.toString(), yearSpan, LocalizedText.of(
        "“到" + year + "年…达到" + figure + "”是" + year + "年的水平:取该年的数,不累加,不是期间合计",
        "“到" + year + "年…" + figure + "” is the level in " + year
            + ": that year's figure, never summed, not a total over the window")));
    boolean rate = r.unit == Unit.RATIO;
    b.addFields(field("indicator.nature", rate ? "LEVEL" : "STOCK",
        source.span(base + f.start, base + f.end), rate
            ? LocalizedText.of("比率、比重是某一时期的水平,指标的 nature 按 LEVEL(不累加)",
                "a rate or share is a level in a period: the indicator's nature is LEVEL (never"
                    + " summed)")
            : LocalizedText.of("“" + figure + "”是到某一时点的总数(存量),指标的 nature 按 STOCK(取最新的数,不累加)",
                "“" + figure + "” is how many there are at a date (a stock): the indicator's"
                    + " nature is STOCK (its latest figure, never summed)")));
  }

  /**
   * Where the words a commitment word before {@code at} may stand in begin: after the last
   * semicolon of the sentence. A commitment word governs across commas to the end of its
   * sentence, and plans part a sentence at ; into items that each repeat 确保 or 力争 when they
   * mean it; the loader reads the same scope.
   */
  private static int commitmentScopeStart(String s, int at) {
    return s.lastIndexOf(';', at - 1) + 1;
  }

  private void addCommitment(DraftTarget.Builder b, int base, String s, Figure f, int clauseFrom) {
    int scopeStart = commitmentScopeStart(s, f.start);
    Matcher m = COMMITMENT.matcher(s).region(scopeStart, f.start);
    int at = -1;
    String word = null;
    while (m.find()) {
      at = m.start();
      word = m.group();
    }
    if (word == null) {
      b.commitment(Commitment.PLAIN);
      Matcher before = COMMITMENT.matcher(s).region(0, scopeStart);
      String cut = null;
      while (before.find()) {
        cut = before.group();
      }
      // "确保…;新引进…占比高于60%": the 确保 stops at the semicolon; say so, as a reader may
      // take it to go on.
      b.addFields(field("commitment", "PLAIN", null, cut == null ? null : LocalizedText.of(
          "“" + cut + "”在分号之前,只管到分号;分号后的目标未写承诺词,按PLAIN理解",
          "“" + cut + "” stands before a semicolon and governs up to it; the target after the"
              + " semicolon has no commitment word of its own, so PLAIN")));
      return;
    }
    Commitment c = word.equals("确保") ? Commitment.ENSURE : Commitment.STRIVE;
    b.commitment(c);
    boolean sameClause = at >= clauseFrom;
    b.addFields(field("commitment", c.name(), source.span(base + at, base + at + 2), sameClause
        ? null
        : LocalizedText.of("“" + word + "”跨逗号管到分号或句末,直到另一个承诺词",
            "“" + word + "” governs across commas up to a semicolon or the end of its sentence,"
                + " until another commitment word")));
  }

  private Optional<String> windowBefore(List<int[]> windows, Figure f, Section section) {
    String found = null;
    for (int[] w : windows) {
      if (w[0] < f.start) {
        found = currentSentence.substring(w[0], w[1]);
      }
    }
    if (found != null) {
      return Optional.of(found.replaceFirst("^(?:到|至)(?=\\d{4}年[-—–~至到])", ""));
    }
    return Optional.ofNullable(section.windowWords);
  }

  private String currentSentence = "";

  private void addWindow(DraftTarget.Builder b, int base, List<int[]> windows, Figure f,
      Section section) {
    int[] found = null;
    for (int[] w : windows) {
      if (w[0] < f.start) {
        found = w;
      }
    }
    if (found != null) {
      String words = currentSentence.substring(found[0], found[1]);
      b.period(words);
      b.addFields(field("period", words, source.span(base + found[0], base + found[1]), null));
    } else if (section.windowWords != null) {
      b.period(section.windowWords);
      b.addFields(field("period", section.windowWords, section.windowSpan, LocalizedText.of(
          "本句未写期间,沿用前句的“" + section.windowWords + "”",
          "this sentence states no period; the “" + section.windowWords
              + "” of an earlier sentence carries")));
    }
  }

  /** The tier a size became, and for a bound in dollars how a project is placed: readings. */
  private void addSizeFields(DraftTarget.Builder b, int base, ProjectSize size) {
    Span span = source.span(base + size.start, base + size.end);
    b.addFields(field("projects.tiers", size.id, span, size.tierReading()));
    if (size.foreign) {
      b.addFields(field("projectTiers.minForeignCapital",
          size.tier.get("minForeignCapital").toString(), span, size.foreignReading()));
    }
  }

  private static DraftField field(String name, String value, Span span, LocalizedText reading) {
    DraftField.Builder b = DraftField.builder().field(name).value(value);
    if (span != null) {
      b.span(span);
    }
    if (reading != null) {
      b.reading(reading);
    }
    return b.build();
  }

  private void addNotRead(Section section, int start, int end, Why why) {
    notRead.add(NotRead.builder().span(source.span(start, end)).text(source.words(start, end))
        .clause(section.clause).reason(why.code()).why(why.text()).build());
  }
}

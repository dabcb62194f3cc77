package dev.reportsearch.indexer.extract;

import dev.reportsearch.core.model.Achievement;
import dev.reportsearch.core.model.Figure;
import java.util.ArrayList;
import java.util.List;

/**
 * The extract stage: the achievements of a section, each a quotable sentence holding figures.
 *
 * <p>A sentence ends at 。！？；!? or a line break. One longer than {@value #LONG_SENTENCE} chars is
 * too long to quote whole; it gives instead each run of consecutive clauses that hold figures.
 * Themes are left empty for the classify stage. Immutable and thread-safe.
 */
public final class AchievementExtractor {
    /** Beyond this many chars a sentence is cut into clause runs. */
    static final int LONG_SENTENCE = 150;
    /** A run whose first clause is shorter than this takes the clause before it along, for context. */
    private static final int SHORT_CLAUSE = 8;

    private final FigureParser figures;

    public AchievementExtractor(FigureParser figures) {
        this.figures = figures;
    }

    /** The extractor over the tables shipped with the indexer, loaded once. */
    public static AchievementExtractor standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final AchievementExtractor STANDARD = new AchievementExtractor(FigureParser.standard());
    }

    /** The achievements of {@code sectionText}, in text order. */
    public List<Achievement> extract(String sectionText) {
        if (sectionText == null || sectionText.isBlank()) {
            return List.of();
        }
        TextView view = figures.view(sectionText);
        PlacedFigures located = new PlacedFigures(figures.locate(view));
        if (located.isEmpty()) {
            return List.of();
        }
        List<Achievement> achievements = new ArrayList<>();
        for (Span sentence : SentenceSplitter.sentences(view.text())) {
            if (!located.anyWithin(sentence)) {
                continue;
            }
            List<Span> quotes = sentence.length() <= LONG_SENTENCE
                    ? List.of(sentence)
                    : clauseRuns(view.text(), sentence, located);
            for (Span quote : quotes) {
                List<Figure> held = located.within(quote).stream().map(LocatedFigure::figure).toList();
                achievements.add(new Achievement(view.source(quote), held, List.of()));
            }
        }
        return List.copyOf(achievements);
    }

    /** The runs of consecutive clauses of a long sentence that hold figures. */
    private static List<Span> clauseRuns(String text, Span sentence, PlacedFigures located) {
        List<Span> clauses = SentenceSplitter.clauses(text, sentence);
        List<Span> runs = new ArrayList<>();
        int i = 0;
        while (i < clauses.size()) {
            if (!located.anyWithin(clauses.get(i))) {
                i++;
                continue;
            }
            int first = i;
            while (i < clauses.size() && located.anyWithin(clauses.get(i))) {
                i++;
            }
            if (first > 0 && clauses.get(first).length() < SHORT_CLAUSE
                    && (runs.isEmpty() || runs.get(runs.size() - 1).end() <= clauses.get(first - 1).start())) {
                first--; // "..., 共计2000多人": the clause before says what was counted
            }
            runs.add(new Span(clauses.get(first).start(), clauses.get(i - 1).end()));
        }
        return runs;
    }
}

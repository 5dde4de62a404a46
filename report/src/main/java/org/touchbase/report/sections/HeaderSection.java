package org.touchbase.report.sections;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.touchbase.core.diagnostics.Message;
import org.touchbase.core.i18n.Messages;
import org.touchbase.core.model.Day;
import org.touchbase.core.model.Pause;
import org.touchbase.core.model.Status;
import org.touchbase.report.Rag;
import org.touchbase.report.doc.Block;
import org.touchbase.report.doc.Inline;
import org.touchbase.report.doc.Line;
import org.touchbase.report.doc.Tone;

/** The header: client, manager, status, dates, and the overall RAG with its evidence. */
public final class HeaderSection {

    /** How many findings the header lists as evidence; the Findings section has them all. */
    static final int EVIDENCE_SHOWN = 8;

    private HeaderSection() {
    }

    public static List<Block> build(ProjectView v) {
        Rag.Result rag = v.rag();
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact(v.t("header.overall"), Line.of(rag(v, rag.tone()))));
        facts.addAll(publicFacts(v));
        facts.add(new Block.Fact(v.t("header.trust"), Line.of(v.percent(v.trust()))));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Facts(facts));
        if (rag.tone() == Tone.GREEN) {
            blocks.add(new Block.Paragraph(Line.of(v.t("rag.why.green"))));
            return blocks;
        }
        List<String> reasons = new ArrayList<>();
        for (Message reason : rag.reasons()) {
            reasons.add(v.messages().format(reason));
        }
        blocks.add(new Block.Paragraph(Line.of(new Inline.Strong(v.t("rag.why")), " ",
                String.join("; ", reasons) + ".")));
        List<Line> evidence = new ArrayList<>();
        for (int i = 0; i < rag.evidence().size() && i < EVIDENCE_SHOWN; i++) {
            Rag.Evidence item = rag.evidence().get(i);
            // The badge is the severity's (a warning is amber), never the red of a Red status.
            evidence.add(Line.of(FindingsSection.severity(v.messages(), item.finding().severity()),
                    " ", Line.ticked(v.messages().format(item.finding().message())), " ",
                    ProjectView.where(item.finding())));
        }
        if (rag.evidence().size() > EVIDENCE_SHOWN) {
            evidence.add(Line.of(new Inline.Link(v.t("rag.more", rag.evidence().size() - EVIDENCE_SHOWN),
                    "#" + FindingsSection.ANCHOR)));
        }
        if (!evidence.isEmpty()) {
            blocks.add(new Block.Bullets(evidence));
        }
        return blocks;
    }

    /**
     * The facts the client may see too: client, manager, status, start,
     * launch and how it moved (the client's document has these and no more).
     */
    static List<Block.Fact> publicFacts(ProjectView v) {
        List<Block.Fact> facts = new ArrayList<>();
        facts.add(new Block.Fact(v.t("header.client"),
                Line.of(v.project().client() != null ? v.project().client().value() : "—")));
        facts.add(new Block.Fact(v.t("header.manager"),
                Line.of(v.project().manager() != null ? v.project().manager().value() : "—")));
        Pause pause = v.project().pause();
        if (pause != null && pause.until() != null && pause.until().valid()) {
            facts.add(new Block.Fact(v.t("header.status"), Line.of(status(v, v.project().status()), " ",
                    new Inline.Muted(v.t("header.pausedUntil", v.day(pause.until()))))));
        } else {
            facts.add(new Block.Fact(v.t("header.status"), Line.of(status(v, v.project().status()))));
        }
        facts.add(new Block.Fact(v.t("header.starts"), Line.of(v.date(v.project().starts()))));
        if (v.project().launch() != null && v.project().launch().valid()) {
            facts.add(new Block.Fact(v.t("header.launch"), Line.of(v.date(v.project().launch()), " ",
                    new Inline.Muted("(" + v.relative(v.project().launch().date()) + ")"))));
            String history = launchHistory(v);
            if (history != null) {
                facts.add(new Block.Fact(v.t("header.launchHistory"), Line.of(history)));
            }
        } else {
            facts.add(new Block.Fact(v.t("header.launch"), Line.of("—")));
        }
        return facts;
    }

    /** "moved 2 times, 92 d later in all; was 15 Dec, 30 Nov", or null when it never moved. */
    static String launchHistory(ProjectView v) {
        List<String> was = new ArrayList<>();
        LocalDate first = null;
        for (Day day : v.project().launchWas()) {
            if (day.valid()) {
                was.add(v.day(day.date()));
                first = day.date();
            }
        }
        if (was.isEmpty()) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(first, v.project().launch().date());
        String key = days > 0 ? "launch.later" : days < 0 ? "launch.earlier" : "launch.same";
        return v.t("launch.moved", was.size(), v.t(key, Math.abs(days)), String.join(", ", was));
    }

    public static Inline.Mark rag(ProjectView v, Tone tone) {
        return rag(v.messages(), tone);
    }

    public static Inline.Mark rag(Messages messages, Tone tone) {
        String key = switch (tone) {
            case RED -> "report.rag.red";
            case AMBER -> "report.rag.amber";
            default -> "report.rag.green";
        };
        return new Inline.Mark(tone, messages.get(key));
    }

    public static Inline.Mark status(ProjectView v, Status status) {
        return status(v.messages(), status);
    }

    public static Inline.Mark status(Messages messages, Status status) {
        Tone tone = switch (status) {
            // Never a RAG colour: a green "Active" beside a red RAG would contradict it.
            case DONE -> Tone.DONE;
            case ACTIVE, PAUSED, LOST -> Tone.NEUTRAL;
        };
        return new Inline.Mark(tone, messages.get("report.status." + status.keyword()));
    }
}

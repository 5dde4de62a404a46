package org.touchbase.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a realistic workspace: projects with people, goals, plans, scenarios,
 * touches of every kind (replies, acks, agreements and confirmations,
 * meetings with summaries, reminders), expectations, logs in other files,
 * Cyrillic text and comments, and some findings of every rule. Seeded: the
 * same arguments write the same files.
 */
public final class WorkloadGenerator {

    private static final String[] KINDS_WRITTEN = {"letter", "message", "ping", "question"};
    private static final String[] FIRST = {"anna", "boris", "вера", "глеб", "dmitry", "елена", "zoe", "иван"};
    private static final String[] NAMES = {"Anna Smirnova", "Boris Kuznetsov", "Вера Орлова", "Глеб Соколов",
        "Dmitry Lebedev", "Елена Новикова", "Zoe Miller", "Иван Петров"};
    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    private final Random random;
    private final int files;
    private final int touches;

    public WorkloadGenerator(long seed, int files, int touches) {
        this.random = new Random(seed);
        this.files = files;
        this.touches = touches;
    }

    /** A generated file: its name and text. */
    public record GeneratedFile(String name, String text) {
    }

    /** The workspace in memory: every fourth file is a log of the project in the file before it. */
    public List<GeneratedFile> generate() {
        List<GeneratedFile> generated = new ArrayList<>();
        int perFile = Math.max(1, touches / files);
        for (int i = 0; i < files; i++) {
            boolean log = i % 4 == 3;
            String project = "p" + (log ? i - 1 : i);
            String text = log ? log(project, perFile) : project(project, i, perFile);
            generated.add(new GeneratedFile(String.format("%s%s.client", project, log ? "-log" : ""), text));
        }
        return generated;
    }

    /** Writes the workspace into a folder. */
    public List<Path> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (GeneratedFile file : generate()) {
            Path path = folder.resolve(file.name());
            Files.writeString(path, file.text(), StandardCharsets.UTF_8);
            written.add(path);
        }
        return written;
    }

    /** One project as text, for in-process benchmarks. */
    public String project(String id, int index, int touchCount) {
        StringBuilder out = new StringBuilder(touchCount * 160 + 2000);
        out.append("// Проект ").append(id).append(": generated workload\n");
        out.append("project ").append(id).append(" \"Проект ").append(id).append(" — портал\" {\n");
        out.append("  client \"Клиент ").append(index).append("\"\n  manager \"Olga Ivanova\"\n");
        out.append("  starts ").append(START).append("\n  launch ").append(START.plusDays(400)).append('\n');
        if (index % 19 == 9) {
            // A pause that should have ended (stale-status).
            out.append("  status paused until ").append(START.plusDays(360)).append('\n');
        }
        if (index % 7 != 0) {
            out.append("  goal main \"Customers resolve 60% of tickets themselves\"\n");
        }
        if (index % 9 == 2) {
            out.append("  remind every 14d\n  confirm within 2wd\n");
        }
        for (int p = 0; p < FIRST.length; p++) {
            out.append("  person ").append(FIRST[p]).append(" \"").append(NAMES[p]).append("\" {\n");
            out.append("    role \"").append(p == 0 ? "CEO" : "Руководитель отдела").append("\"\n");
            if (p == 0 && index % 11 != 0) {
                out.append("    decides\n");
            }
            if (p == 0 && index % 5 != 0) {
                out.append("    goal \"Grow online revenue by 20% this year\"\n");
            }
            if (p == 1) {
                out.append("    contact\n");
                if (index % 17 == 8) {
                    // The contact leaves and nobody takes over (key-person-leaving).
                    out.append("    left ").append(START.plusDays(600)).append('\n');
                }
                if (index % 3 != 0) {
                    out.append("    backup\n    motivation \"Меньше ночных инцидентов\"\n");
                }
            }
            out.append("    email \"").append(FIRST[p]).append("@client.example\"\n  }\n");
        }
        if (index % 2 == 0) {
            out.append("  source \"Годовой отчёт клиента\"\n");
        }
        out.append("  plan {\n");
        for (int s = 0; s < (index % 13 == 0 ? 0 : 5); s++) {
            out.append("    step s").append(s).append(" \"Шаг ").append(s).append("\" due ")
                    .append(START.plusDays(60L * s + 30));
            if (s < 3 || random.nextInt(4) == 0) {
                out.append(" done");
            }
            out.append('\n');
        }
        out.append("  }\n");
        if (index % 3 != 1) {
            out.append("  scenario \"Бюджет урезан: запускаем только FAQ\"\n");
        }
        touches(out, id, touchCount, 0);
        if (index % 50 == 0) {
            out.append("  touch 2026-02-30 letter to anna \"Impossible date\" { purpose \"x\" benefit \"y\" }\n")
                    .append("  person anna \"Anna again\"\n")
                    .append("  touch 2026-03-01 reply to anna { ack }\n")
                    .append("  touch 2026-03-02 call with annna { purpose \"Typo\" benefit \"None\" }\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private String log(String project, int touchCount) {
        StringBuilder out = new StringBuilder(touchCount * 160 + 200);
        out.append("/* Журнал проекта ").append(project).append(" */\nlog ").append(project).append(" {\n");
        touches(out, project + "l", touchCount, 200);
        out.append("}\n");
        return out.toString();
    }

    /** Touches in groups of eight: a question with ack and reply, a call with an agreement and its letter, a meeting with a summary, a reminder. */
    private void touches(StringBuilder out, String prefix, int count, int dayOffset) {
        LocalDate day = START.plusDays(dayOffset);
        int written = 0;
        int group = 0;
        while (written < count) {
            String who = FIRST[random.nextInt(FIRST.length)];
            String q = prefix + "q" + group;
            String a = prefix + "a" + group;
            String e = prefix + "e" + group;
            day = day.plusDays(random.nextInt(3));
            out.append("  touch ").append(q).append(' ').append(day).append(" 09:").append(10 + random.nextInt(50))
                    .append(' ').append(KINDS_WRITTEN[random.nextInt(KINDS_WRITTEN.length)]).append(" from ")
                    .append(who).append(" \"Вопрос номер ").append(group).append(": when do we ship?\"\n");
            int answer = random.nextInt(10);
            if (answer > 1) {
                out.append("  touch ").append(day).append(" 11:00 reply to ").append(who).append(" re ").append(q)
                        .append(" { ack eta ").append(day.plusDays(2)).append(" }\n");
                out.append("  touch ").append(day.plusDays(random.nextInt(4))).append(" reply to ").append(who)
                        .append(" re ").append(q).append(" \"Ответ: next sprint\"\n");
            } else if (answer == 1) {
                out.append("  touch ").append(day.plusDays(3)).append(" reply to ").append(who).append(" re ")
                        .append(q).append(" \"Late answer\"\n");
            }
            out.append("  touch ").append(day.plusDays(1)).append(" 15:00 call with anna, ").append(who)
                    .append(" \"Scope call ").append(group).append("\" {\n    purpose \"Fix the scope\"\n");
            if (random.nextInt(8) != 0) {
                out.append("    benefit \"Клиент получает дату запуска\"\n");
            }
            out.append("    agreed ").append(a).append(" \"v").append(group).append(" ships with the FAQ\"\n  }\n");
            if (random.nextInt(6) != 0) {
                out.append("  touch ").append(day.plusDays(1)).append(" 17:00 letter to anna \"Итоги звонка\" {\n")
                        .append("    purpose \"Put it in writing\" benefit \"Nobody has to remember\"\n")
                        .append("    confirms ").append(a).append("\n  }\n");
            }
            out.append("  // weekly review\n  touch ").append(day.plusDays(2)).append(" 10:00 meeting with anna, ")
                    .append(who).append(" \"Review ").append(group).append("\" {\n")
                    .append("    purpose \"Review\" benefit \"Progress is visible\"\n");
            if (random.nextInt(5) != 0) {
                out.append("    summary final {\n      decision \"Go on\"\n      action \"Send texts\" owner ")
                        .append(who).append(" due ").append(day.plusDays(9)).append("\n      question \"Кто подписывает?\"\n")
                        .append("      next ").append(day.plusDays(7)).append("\n    }\n");
            }
            out.append("  }\n");
            out.append("  expect ").append(e).append(" from ").append(who).append(" \"Тексты\" due ")
                    .append(day.plusDays(5));
            if (random.nextInt(3) != 0) {
                out.append(" received ").append(day.plusDays(4));
            }
            out.append('\n');
            if (random.nextInt(4) != 0) {
                out.append("  touch ").append(day.plusDays(6)).append(" reminder to ").append(who)
                        .append(" { purpose \"Get the texts\" benefit \"The date holds\" reminds ").append(e)
                        .append(" }\n");
            }
            if (group % 50 == 7) {
                out.append("  // touchbase-disable-next-line aimless-touch -- automatic notice\n")
                        .append("  touch ").append(day.plusDays(3)).append(" ping to ").append(who).append(" \"Build is up\"\n")
                        .append("  // touchbase-disable-next-line touch-gap\n");
            }
            if (group % 61 == 5) {
                versionTwo(out, prefix, group, day);
            }
            if (group % 97 == 13) {
                out.append("  touch ").append(day.plusDays(3)).append(" call with ").append(who).append("x")
                        .append(" { purpose \"Typo\" benefit \"None\" }\n");
            }
            written += 8;
            group++;
        }
    }

    /**
     * Now and then, the replies, obligations and agreements of version 2: a
     * thank-you that needs no answer, a missed call, a reply to the wrong
     * person, our question with and without an answer, an action with an id
     * that is done and one reminded, a partial delivery, an agreement replaced
     * and one confirmed late, an empty note. No random numbers are drawn, so
     * the rest of the workload stays as it was.
     */
    private static void versionTwo(StringBuilder out, String prefix, int group, LocalDate day) {
        String id = prefix + "v" + group;
        out.append("  touch ").append(id).append("t ").append(day).append(" 08:30 letter from boris \"Спасибо!\" ")
                .append("{ noreply \"A thank-you\" }\n");
        out.append("  touch ").append(day).append(" 08:40 call from boris \"Missed call\" { missed }\n");
        out.append("  touch ").append(id).append("m ").append(day).append(" 08:50 letter from boris \"Fonts?\"\n");
        out.append("  touch ").append(day).append(" 12:00 reply to anna re ").append(id).append("m \"Inter\"\n");
        out.append("  touch ").append(id).append("k ").append(day).append(" 09:00 question to anna \"Who signs?\" ")
                .append("{ purpose \"Know\" benefit \"No wait\" }\n");
        out.append("  touch ").append(id).append("j ").append(day).append(" 09:05 question to anna \"Colour?\" ")
                .append("{ purpose \"Know\" benefit \"No rework\" }\n");
        out.append("  touch ").append(day.plusDays(1)).append(" reply from anna re ").append(id).append("j \"Blue\"\n");
        out.append("  touch ").append(day.plusDays(1)).append(" 15:30 meeting with anna, boris \"Zones ").append(group)
                .append("\" {\n    purpose \"Zones\" benefit \"A map\"\n    note \"\"\n")
                .append("    agreed ").append(id).append("z \"The city only\"\n")
                .append("    agreed ").append(id).append("y \"The city and the suburbs\" replaces ").append(id)
                .append("z\n    summary final {\n")
                .append("      action ").append(id).append("a \"Send the map\" owner boris due ").append(day.plusDays(3))
                .append(" done ").append(day.plusDays(2)).append('\n')
                .append("      action ").append(id).append("b \"Send the zones\" owner boris due ")
                .append(day.plusDays(3)).append("\n    }\n  }\n");
        out.append("  touch ").append(day.plusDays(12)).append(" letter to anna, boris \"Zones\" ")
                .append("{ purpose \"Record\" benefit \"One map\" confirms ").append(id).append("y }\n");
        out.append("  touch ").append(day.plusDays(5)).append(" reminder to boris ")
                .append("{ purpose \"Zones\" benefit \"On time\" reminds ").append(id).append("b }\n");
        out.append("  expect ").append(id).append("e from boris \"Фото\" due ").append(day.plusDays(4))
                .append(" received ").append(day.plusDays(3)).append(" partly \"3 of 5\"\n");
    }

    /** {@code FOLDER [FILES [TOUCHES [SEED]]]}. */
    public static void main(String[] args) throws IOException {
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int touches = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        List<Path> written = new WorkloadGenerator(seed, files, touches).write(Path.of(args[0]));
        long bytes = 0;
        for (Path file : written) {
            bytes += Files.size(file);
        }
        System.out.printf("%d files, %d touches, %.1f MB in %s%n", written.size(), touches, bytes / 1e6, args[0]);
    }
}

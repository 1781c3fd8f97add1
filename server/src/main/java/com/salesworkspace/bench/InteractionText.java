package com.salesworkspace.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The body of a synthetic interaction in the shape docs/formats.md gives its type (email greeting and sign-off,
 * Slack lines, a call summary and transcript, meeting notes), made of filler sentences with the planted terms put
 * in at random places. A planted phrase is never split across sentences or lines.
 */
final class InteractionText {
  private final FillerWords filler;

  InteractionText(FillerWords filler) {
    this.filler = filler;
  }

  /**
   * What the body is about: its type, the people talking (an email goes from the customer's person to ours when
   * {@code inbound}), the day and minute of the day it starts, and the terms to plant.
   */
  record Spec(String type, String date, int startMinute, String customerPerson, String ourPerson, boolean inbound,
      List<PlantedTerm> planted, String title) {}

  String body(Random random, Spec spec, int words) {
    List<List<String>> sentences = sentences(random, spec.planted(), words);
    return switch (spec.type()) {
      case "email" -> email(random, spec, sentences);
      case "slack" -> slack(random, spec, sentences);
      case "call" -> call(random, spec, sentences);
      case "meeting" -> meeting(random, spec, sentences);
      default -> paragraphs(random, sentences, 0, sentences.size());
    };
  }

  private List<List<String>> sentences(Random random, List<PlantedTerm> planted, int words) {
    List<List<String>> occurrences = new ArrayList<>();
    for (PlantedTerm term : planted) {
      // A single planted word sometimes occurs twice, as real terms do.
      int times = term.words().size() == 1 && random.nextInt(10) < 3 ? 2 : 1;
      for (int i = 0; i < times; i++) {
        occurrences.add(term.words());
      }
    }
    int plantedWords = occurrences.stream().mapToInt(List::size).sum();
    int fillerWords = Math.max(12, words - plantedWords);
    List<List<String>> sentences = new ArrayList<>();
    while (fillerWords > 0) {
      int length = Math.min(fillerWords, 6 + random.nextInt(13));
      List<String> sentence = new ArrayList<>(length + 4);
      for (int i = 0; i < length; i++) {
        sentence.add(filler.next(random));
      }
      sentences.add(sentence);
      fillerWords -= length;
    }
    for (List<String> occurrence : occurrences) {
      List<String> sentence = sentences.get(random.nextInt(sentences.size()));
      sentence.addAll(random.nextInt(sentence.size() + 1), occurrence);
    }
    return sentences;
  }

  private String email(Random random, Spec spec, List<List<String>> sentences) {
    String sender = spec.inbound() ? spec.customerPerson() : spec.ourPerson();
    String recipient = spec.inbound() ? spec.ourPerson() : spec.customerPerson();
    return "Hi " + firstName(recipient) + ",\n\n" + paragraphs(random, sentences, 0, sentences.size())
        + "\n\nBest,\n" + firstName(sender);
  }

  private String slack(Random random, Spec spec, List<List<String>> sentences) {
    StringBuilder text = new StringBuilder();
    int minute = spec.startMinute();
    boolean theirTurn = spec.inbound();
    for (int i = 0; i < sentences.size(); ) {
      int take = Math.min(sentences.size() - i, 1 + random.nextInt(2));
      String speaker = theirTurn ? spec.customerPerson() : spec.ourPerson();
      String indent = i > 0 && random.nextInt(3) == 0 ? "  " : "";
      text.append(indent).append(String.format("[%s %02d:%02d] ", spec.date(), minute / 60 % 24, minute % 60))
          .append(speaker).append(": ").append(join(sentences, i, i + take)).append('\n');
      i += take;
      minute += 1 + random.nextInt(20);
      theirTurn = !theirTurn;
    }
    return text.toString().stripTrailing();
  }

  private String call(Random random, Spec spec, List<List<String>> sentences) {
    int summaryEnd = Math.min(sentences.size(), 2 + random.nextInt(2));
    StringBuilder text = new StringBuilder("## Summary\n").append(join(sentences, 0, summaryEnd))
        .append("\n\n## Transcript\n");
    int second = 5 + random.nextInt(20);
    boolean ourTurn = true;
    for (int i = summaryEnd; i < sentences.size(); i++) {
      text.append(String.format("[%02d:%02d:%02d] ", second / 3600, second / 60 % 60, second % 60))
          .append(ourTurn ? spec.ourPerson() : spec.customerPerson()).append(": ")
          .append(join(sentences, i, i + 1)).append('\n');
      second += 10 + random.nextInt(90);
      ourTurn = !ourTurn;
    }
    return text.toString().stripTrailing();
  }

  private String meeting(Random random, Spec spec, List<List<String>> sentences) {
    int actionsFrom = Math.max(1, sentences.size() - 1 - random.nextInt(2));
    StringBuilder text = new StringBuilder("# ").append(spec.title()).append("\n\n**Attendees:** ")
        .append(spec.customerPerson()).append(", ").append(spec.ourPerson()).append("\n\n## Discussion\n");
    for (int i = 0; i < actionsFrom; i++) {
      text.append("- ").append(join(sentences, i, i + 1)).append('\n');
    }
    text.append("\n## Action items\n");
    for (int i = actionsFrom; i < sentences.size(); i++) {
      text.append("- ").append(spec.ourPerson()).append(": ").append(join(sentences, i, i + 1)).append('\n');
    }
    return text.toString().stripTrailing();
  }

  private static String paragraphs(Random random, List<List<String>> sentences, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; ) {
      int take = Math.min(to - i, 2 + random.nextInt(3));
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(join(sentences, i, i + take));
      i += take;
    }
    return text.toString();
  }

  private static String join(List<List<String>> sentences, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (text.length() > 0) {
        text.append(' ');
      }
      List<String> words = sentences.get(i);
      String first = words.get(0);
      text.append(Character.toUpperCase(first.charAt(0))).append(first, 1, first.length());
      for (int w = 1; w < words.size(); w++) {
        text.append(' ').append(words.get(w));
      }
      text.append('.');
    }
    return text.toString();
  }

  private static String firstName(String person) {
    int space = person.indexOf(' ');
    return space < 0 ? person : person.substring(0, space);
  }
}

package com.salesworkspace.context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the digests of one customer (up to a day) add up to, independent of tier and focus: interactions grouped
 * with their near-duplicates, and each distinct signal once with where it was said last and how often. Derived
 * from digests only, so it is kept with them (see {@link DigestStore}) and shared by every call until a file changes.
 */
final class Analysis {
  /** Near-identical interactions shown once: the newest stands for the others (members newest first). */
  static final class Group {
    final int index;
    final InteractionDigest rep;
    final List<InteractionDigest> members;
    /** The part of its relevance that depends on the text alone: its signals and its type. */
    final double textScore;

    Group(int index, InteractionDigest rep, List<InteractionDigest> members) {
      this.index = index;
      this.rep = rep;
      this.members = members;
      double signals = 0;
      for (Signal s : rep.signals()) {
        signals += s.weight() * (s.kind() == Signal.Kind.RISK || s.kind() == Signal.Kind.BUYING ? 1.0 : 0.6);
      }
      double type = switch (rep.type() == null ? "" : rep.type()) {
        case "call", "meeting" -> 1.5;
        case "email" -> 1.0;
        case "task" -> 0.3;
        default -> 0.8;
      };
      this.textScore = Math.min(8, signals) + type;
    }
  }

  /** A distinct signal: its newest occurrence and how many more times the same words came up. */
  record Occurrence(Signal signal, InteractionDigest source, int alsoIn) {}

  final List<InteractionDigest> digests;
  final List<Group> groups;
  final Map<Signal.Kind, List<Occurrence>> signals;

  Analysis(List<InteractionDigest> digests) {
    this.digests = digests;
    this.groups = Collections.unmodifiableList(group(digests));
    this.signals = aggregate(digests);
  }

  private static List<Group> group(List<InteractionDigest> digests) {
    List<InteractionDigest> reps = new ArrayList<>();
    List<List<InteractionDigest>> members = new ArrayList<>();
    Map<String, Integer> byExact = new HashMap<>();
    List<Map<Integer, List<Integer>>> bands = new ArrayList<>();
    for (int b = 0; b < 4; b++) {
      bands.add(new HashMap<>());
    }
    for (InteractionDigest d : digests) {
      Integer g = null;
      if (d.cleanChars() >= 40) { // shorter texts are too short to call near-duplicates
        g = byExact.get(d.dupKey());
        if (g == null) {
          // Two SimHashes within 4 bits share at least one of their four 16-bit bands.
          search:
          for (int b = 0; b < 4; b++) {
            for (int candidate : bands.get(b).getOrDefault(band(d.simhash(), b), List.of())) {
              InteractionDigest rep = reps.get(candidate);
              if (TextDigests.nearDuplicates(rep.simhash(), d.simhash()) && Objects.equals(rep.type(), d.type())) {
                g = candidate;
                break search;
              }
            }
          }
        }
      }
      if (g != null) {
        members.get(g).add(d);
        continue;
      }
      int index = reps.size();
      reps.add(d);
      List<InteractionDigest> list = new ArrayList<>();
      list.add(d);
      members.add(list);
      if (d.cleanChars() >= 40) {
        byExact.put(d.dupKey(), index);
        for (int b = 0; b < 4; b++) {
          bands.get(b).computeIfAbsent(band(d.simhash(), b), k -> new ArrayList<>()).add(index);
        }
      }
    }
    List<Group> groups = new ArrayList<>(reps.size());
    for (int i = 0; i < reps.size(); i++) {
      groups.add(new Group(i, reps.get(i), List.copyOf(members.get(i))));
    }
    return groups;
  }

  private static int band(long simhash, int b) {
    return (int) ((simhash >>> (16 * b)) & 0xFFFF);
  }

  /** Newest first, so the first occurrence of a signal seen is the one cited. */
  private static Map<Signal.Kind, List<Occurrence>> aggregate(List<InteractionDigest> digests) {
    Map<Signal.Kind, Map<String, Occurrence>> byKey = new EnumMap<>(Signal.Kind.class);
    for (Signal.Kind k : Signal.Kind.values()) {
      byKey.put(k, new LinkedHashMap<>());
    }
    for (InteractionDigest d : digests) {
      for (Signal s : d.signals()) {
        byKey.get(s.kind()).merge(s.key(), new Occurrence(s, d, 0),
            (seen, again) -> new Occurrence(seen.signal(), seen.source(), seen.alsoIn() + 1));
      }
    }
    Map<Signal.Kind, List<Occurrence>> result = new EnumMap<>(Signal.Kind.class);
    byKey.forEach((kind, map) -> result.put(kind, List.copyOf(map.values())));
    return result;
  }
}

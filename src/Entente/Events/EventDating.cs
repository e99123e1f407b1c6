using Entente.Documents;

namespace Entente.Events;

/// <summary>Chooses an event's date and decides whether it is background: the nearest date expression
/// in the sentence, else the publication date; events dated years back, or done by people who had died
/// by then, are historical and never dated to the article.</summary>
internal sealed class EventDating
{
    /// <summary>The date expression closest to the trigger, unless another event's trigger stands between them
    /// ("X, who is under sanctions, led a visit from May 3-5": the dates are the visit's). A date that opens the
    /// sentence ("On Tuesday, ...") covers the whole sentence.</summary>
    public static TemporalExpression? Nearest(Entente.Text.Sentence sentence, List<TemporalExpression> dates,
        int triggerStart, int triggerEnd, IReadOnlyList<(int Start, int End)> otherTriggers)
    {
        TemporalExpression? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in dates)
        {
            var (from, to) = d.TokenStart >= triggerEnd ? (triggerEnd, d.TokenStart) : (d.TokenEnd, triggerStart);
            var opensSentence = d.TokenStart - sentence.TokenStart <= 2;
            if (!opensSentence && otherTriggers.Any(t => t.Start >= from && t.End <= to && (t.Start, t.End) != (triggerStart, triggerEnd)))
            {
                continue;
            }
            var distance = d.TokenStart >= triggerEnd ? d.TokenStart - triggerEnd : triggerStart - d.TokenEnd + 1;
            if (distance < bestDistance)
            {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }

    public (EventDate Date, Modality Modality) Decide(Document doc, IReadOnlyList<EventActor> sources, TemporalExpression? expression, Modality modality)
    {
        var published = doc.Article.Published;
        var date = expression is not null
            ? new EventDate(expression.Start, expression.End, expression.Precision, "text", expression.Text, expression.Span)
            : published is { } p ? new EventDate(p, null, "unknown", "publication") : EventDate.Unknown;
        var historical = modality.Kind == "historical";
        var cues = modality.Cues.ToList();
        if (published is { } pub && expression is not null && expression.Start.Year < pub.Year - 1)
        {
            historical = true;
            cues.Add($"dated {expression.Start.Year}");
        }
        foreach (var source in sources)
        {
            var person = doc.EntityByKey(source.EntityKey)?.Person;
            if (person?.Died is { } died && published is { } when && died < when.Year)
            {
                historical = true;
                cues.Add($"{person.Name} died in {died}");
            }
        }
        if (!historical || modality.Kind is "intended" or "hypothetical")
        {
            // A plan or a condition stays what it is, in the past as now; only its date is checked.
            if (modality.Kind is "intended" or "hypothetical" && expression is null)
            {
                date = EventDate.Unknown; // a plan without a date has none
            }
            return (date, modality);
        }
        if (expression is null || published is { } pb && expression.Start >= pb.AddYears(-1))
        {
            date = EventDate.Unknown; // background without its own date: not dated to the article
        }
        return (date, new Modality(modality.Negated, "historical", cues));
    }
}

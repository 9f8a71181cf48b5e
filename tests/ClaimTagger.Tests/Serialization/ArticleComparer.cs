namespace ClaimTagger.Tests.Serialization;

/// <summary>Field-by-field comparison of two tagged articles (the records hold lists, which compare by reference).</summary>
internal static class ArticleComparer
{
    public static void AssertEqual(TaggedArticle actual, TaggedArticle expected)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(actual.Text, Is.EqualTo(expected.Text));
            Assert.That(actual.Sentences, Has.Count.EqualTo(expected.Sentences.Count));
            Assert.That(actual.Tags, Has.Count.EqualTo(expected.Tags.Count));
            Assert.That(actual.Diagnostics, Is.EqualTo(expected.Diagnostics).AsCollection);
        }

        for (int i = 0; i < expected.Sentences.Count; i++)
        {
            TaggedSentence a = actual.Sentences[i];
            TaggedSentence e = expected.Sentences[i];
            using (Assert.EnterMultipleScope())
            {
                Assert.That((a.Index, a.Start, a.End, a.Text, a.Section, a.Paragraph), Is.EqualTo((e.Index, e.Start, e.End, e.Text, e.Section, e.Paragraph)), $"sentence {i}");
                Assert.That(a.Labels, Is.EqualTo(e.Labels).AsCollection, $"labels of sentence {i}");
            }
        }

        for (int i = 0; i < expected.Tags.Count; i++)
        {
            Tag a = actual.Tags[i];
            Tag e = expected.Tags[i];
            using (Assert.EnterMultipleScope())
            {
                Assert.That((a.Label, a.Rule, a.Kind, a.Start, a.End, a.Text, a.Confidence), Is.EqualTo((e.Label, e.Rule, e.Kind, e.Start, e.End, e.Text, e.Confidence)), $"tag {i}");
                Assert.That(a.Sentences, Is.EqualTo(e.Sentences).AsCollection, $"sentences of tag {i}");
                Assert.That(a.Roles.Keys, Is.EqualTo(e.Roles.Keys).AsCollection, $"role names of tag {i}");
                foreach (var (name, role) in e.Roles)
                {
                    Assert.That(a.Role(name), Is.EqualTo(role), $"role {name} of tag {i}");
                }
            }
        }
    }
}

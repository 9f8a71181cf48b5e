using ClaimTagger.Matching;

namespace ClaimTagger.Tests.Matching;

public class RoleMapTests
{
    [Test]
    public void Set_RoleSetTwice_KeepsFirstPlaceAndLastSpan()
    {
        var map = new RoleMap(3);
        map.Set("source", (0, 5));
        map.Set("content", (10, 20));
        map.Set("source", (2, 7));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(map.Count, Is.EqualTo(2));
            Assert.That(map.Keys, Is.EqualTo(new[] { "source", "content" }));
            Assert.That(map["source"], Is.EqualTo((2, 7)));
            Assert.That(map.Values, Is.EqualTo(new[] { (2, 7), (10, 20) }));
        }
    }

    [Test]
    public void TryGetValue_MissingRole_ReturnsFalse()
    {
        var map = new RoleMap(1);
        map.Set("cue", (3, 4));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(map.TryGetValue("content", out _), Is.False);
            Assert.That(map.ContainsKey("cue"), Is.True);
            Assert.That(map.ContainsKey("Cue"), Is.False);
            Assert.That(() => map["content"], Throws.TypeOf<KeyNotFoundException>());
        }
    }

    [Test]
    public void With_ExistingAndNewRole_CopiesWithoutChangingTheOriginal()
    {
        var map = new RoleMap(2);
        map.Set("source", (0, 5));
        map.Set("content", (10, 20));
        RoleMap cut = RoleMap.With(map, "content", (10, 15));
        RoleMap added = RoleMap.With(map, "cue", (6, 9));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(cut.ToArray(), Is.EqualTo(new[] { KeyValuePair.Create("source", (0, 5)), KeyValuePair.Create("content", (10, 15)) }));
            Assert.That(added.Keys, Is.EqualTo(new[] { "source", "content", "cue" }));
            Assert.That(map["content"], Is.EqualTo((10, 20)));
        }
    }

    [Test]
    public void GetEnumerator_InsertionOrder_MatchesInterfaceEnumeration()
    {
        var map = new RoleMap(3);
        map.Set("b", (1, 2));
        map.Set("a", (3, 4));
        map.Set("c", (5, 6));
        var direct = new List<string>();
        foreach (KeyValuePair<string, (int Start, int End)> role in map)
        {
            direct.Add(role.Key);
        }

        IReadOnlyDictionary<string, (int Start, int End)> asInterface = map;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(direct, Is.EqualTo(asInterface.Select(r => r.Key).ToList()));
            Assert.That(direct, Is.EqualTo(new[] { "b", "a", "c" }));
        }
    }

    [Test]
    public void Set_PastCapacity_GrowsAndKeepsOrder()
    {
        var table = new RoleTable<RoleSpan>(1);
        table.Set("source", new RoleSpan(0, 4, "Mira"));
        table.Set("cue", new RoleSpan(5, 9, "said"));
        table.Set("content", new RoleSpan(10, 20, "the port shut"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(table.Keys, Is.EqualTo(new[] { "source", "cue", "content" }));
            Assert.That(table["cue"].Text, Is.EqualTo("said"));
        }
    }

    [Test]
    public void CopyConstructor_ThenSetAnExistingRole_ReplacesItInPlaceAndLeavesTheOriginal()
    {
        IReadOnlyDictionary<string, RoleSpan> original = new Dictionary<string, RoleSpan>
        {
            ["source"] = new RoleSpan(0, 2, "he"),
            ["content"] = new RoleSpan(8, 20, "prices would rise"),
        };
        var copy = new RoleTable<RoleSpan>(original, 1);
        copy.Set("source", new RoleSpan(0, 2, "he", "Tomas Reyes"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(copy.Keys, Is.EqualTo(new[] { "source", "content" }));
            Assert.That(copy["source"].Resolved, Is.EqualTo("Tomas Reyes"));
            Assert.That(original["source"].Resolved, Is.Null);
        }
    }
}

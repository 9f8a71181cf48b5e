using ClaimTagger;

if (args.Length < 2 || args[0] != "tag")
{
    Console.Error.WriteLine("usage: claimtagger tag FILE");
    return 2;
}

TaggedArticle article = Tagger.CreateDefault().Tag(File.ReadAllText(args[1]));
foreach (TaggedSentence s in article.Sentences)
{
    Console.WriteLine($"{s.Index,3} {s.Section,-11} {s.Text}");
}

return 0;

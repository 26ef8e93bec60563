export { validate27 as compiledContactType };
const schema38 = {"type":"string","enum":["PRIMARY","WORK","WORK2","WORK3","WORK4","HOME","MOBILE","MAIN","OTHER"]};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((((data === "PRIMARY") || (data === "WORK")) || (data === "WORK2")) || (data === "WORK3")) || (data === "WORK4")) || (data === "HOME")) || (data === "MOBILE")) || (data === "MAIN")) || (data === "OTHER"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema38.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

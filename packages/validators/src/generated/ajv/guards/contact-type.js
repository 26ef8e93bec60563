export { validate27 as guardContactType };
const schema38 = {"type":"string","enum":["PRIMARY","WORK","WORK2","WORK3","WORK4","HOME","MOBILE","MAIN","OTHER"]};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((((((data === "PRIMARY") || (data === "WORK")) || (data === "WORK2")) || (data === "WORK3")) || (data === "WORK4")) || (data === "HOME")) || (data === "MOBILE")) || (data === "MAIN")) || (data === "OTHER"))){
validate27.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema38.enum}}];
return false;
}
validate27.errors = vErrors;
return errors === 0;
}
